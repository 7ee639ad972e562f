import { zipSync } from 'fflate';
import { tableByName } from '$lib/schema/index';
import { csvFromArrow } from './staged-csv';
import type { StoredImport } from './store';

/** Folder inside the published zip: drop it on `npm run data:import -- <folder>`. */
export const PUBLISH_FOLDER = 'jemput-bola-data';

/**
 * The imported data as the command-line importer takes it: one clean CSV per contract table, in
 * one zip. `npm run data:import` turns it into the site's data files (content-equal to an import
 * of the original files; duckdb-wasm cannot write a DuckDB file itself).
 */
export function publishZip(info: StoredImport, rows: Record<string, Uint8Array[]>): Uint8Array {
	const csv = (t: string, parts: Uint8Array[]) =>
		info.format === 'csv' ? parts[0]! : csvFromArrow(tableByName(t)!, parts);
	return zipSync(
		Object.fromEntries(
			Object.entries(rows).map(([t, b]) => [`${PUBLISH_FOLDER}/${t}.csv`, csv(t, b)])
		)
	);
}
