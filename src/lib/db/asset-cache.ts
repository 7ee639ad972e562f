import { fetchWithProgress } from './progress';

/** Cache Storage bucket of the large fingerprinted files: the wasm engine and the data file. */
export const ASSET_CACHE = 'jb-assets';

/** Families of cached files: a newer file of the same family replaces the older one. */
const families = [
	/analytics\.[0-9a-f]+\.duckdb\.zst$/,
	/analytics-more\.[0-9a-f]+\.duckdb\.zst$/,
	/duckdb-[a-z]+\.[^/]*\.wasm$/
];

/**
 * Fetches a file whose URL changes with its content, from the browser's Cache Storage when it
 * was fetched before (no bytes travel, nothing to decode), else from the network with progress,
 * decoded by `decode` (zstd) and kept decoded for the next visit, dropping older files of its
 * family. Progress counts the bytes as they travelled.
 */
export async function fetchFingerprinted(
	url: string,
	onBytes: (loaded: number, total: number | null) => void,
	totalHint: number | null,
	decode: (wire: Uint8Array) => Promise<Uint8Array>
): Promise<Uint8Array> {
	const key = new URL(url, location.href).href;
	const cache = 'caches' in globalThis ? await caches.open(ASSET_CACHE).catch(() => null) : null;
	const hit = await cache?.match(key);
	if (hit) {
		const bytes = new Uint8Array(await hit.arrayBuffer());
		onBytes(bytes.byteLength, bytes.byteLength);
		return bytes;
	}
	const wire = await fetchWithProgress(url, onBytes, totalHint);
	const bytes = await decode(wire);
	if (cache) void keepFingerprinted(cache, key, new Response(bytes as BlobPart));
	return bytes;
}

/** Keeps a response under its fingerprinted URL, dropping older files of its family. */
export async function keepFingerprinted(cache: Cache, key: string, res: Response): Promise<void> {
	try {
		const family = families.find((f) => f.test(key));
		if (family)
			for (const old of await cache.keys())
				if (old.url !== key && family.test(old.url)) await cache.delete(old);
		await cache.put(key, res);
	} catch {
		// Storage full or unavailable: the next visit downloads again.
	}
}
