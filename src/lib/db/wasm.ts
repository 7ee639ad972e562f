import { fetchFingerprinted } from './asset-cache';
import { gunzip } from './progress';

/**
 * The engine's wasm as a blob URL for `instantiate`: the gzipped copy the build writes next to it
 * (`<file>.wasm.gz`, small on hosts that do not compress wasm), else the file itself; from the
 * asset cache on a second visit. Progress counts the bytes that travel.
 */
export async function wasmModuleUrl(
	url: string,
	onBytes: (loaded: number, total: number | null) => void
): Promise<string> {
	let bytes: Uint8Array;
	try {
		bytes = await gunzip(await fetchFingerprinted(`${url}.gz`, onBytes));
	} catch {
		bytes = await fetchFingerprinted(url, onBytes);
	}
	return URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/wasm' }));
}
