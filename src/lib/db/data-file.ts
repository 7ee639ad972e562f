import { fetchFingerprinted } from './asset-cache';
import { DataFault } from './verify';
import { unzstdOffThread } from './unzstd-off-thread';

/** A data file as it travels (zstd), decoded off the page's thread; a damaged one is `corrupt`. */
async function decode(wire: Uint8Array): Promise<Uint8Array> {
	try {
		return await unzstdOffThread(wire);
	} catch (e) {
		throw new DataFault('corrupt', `zstd: ${e instanceof Error ? e.message : String(e)}`);
	}
}

/** Downloads a data file (zstd) and decodes it, or takes it decoded from the asset cache. */
export async function fetchData(
	url: string,
	bytes: number | undefined,
	onBytes: (loaded: number, total: number | null, done: boolean) => void
): Promise<Uint8Array> {
	let wire = 0;
	const out = await fetchFingerprinted(
		url,
		(l, t) => onBytes((wire = l), t, false),
		bytes ?? null,
		decode
	);
	onBytes(wire, wire, true);
	return out;
}

/** A data file that could not be attached or read is damaged or cut short. */
export function asDataFault(e: unknown): never {
	if (e instanceof DataFault) throw e;
	throw new DataFault('corrupt', e instanceof Error ? e.message.slice(0, 200) : String(e));
}

/** A query named a table that is not (yet) attached. */
export const isMissingTable = (e: unknown): boolean =>
	/Catalog Error: Table with name .* does not exist/.test(
		e instanceof Error ? e.message : String(e)
	);
