import { fetchFingerprinted } from './asset-cache';
import { gunzip } from './progress';
import { DataFault } from './verify';

/** Downloads a gzipped data file (from the asset cache when kept) and gunzips it. */
export async function fetchData(
	url: string,
	bytes: number | undefined,
	onBytes: (loaded: number, total: number | null, done: boolean) => void
): Promise<Uint8Array> {
	const wire = await fetchFingerprinted(url, (l, t) => onBytes(l, t, false), bytes ?? null);
	const out = await gunzip(wire).catch((e: unknown) => {
		throw new DataFault('corrupt', `gzip: ${e instanceof Error ? e.message : String(e)}`);
	});
	onBytes(wire.byteLength, wire.byteLength, true);
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
