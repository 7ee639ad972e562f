import { zipSync } from 'fflate';

/** Folder inside the published zip: drop it on `npm run data:import -- <folder>`. */
export const PUBLISH_FOLDER = 'jemput-bola-data';

/**
 * The imported data as the command-line importer takes it: one clean CSV per contract table, in
 * one zip. `npm run data:import` turns it into the site's data files (content-equal to an import
 * of the original files; duckdb-wasm cannot write a DuckDB file itself).
 */
export function publishZip(csv: Record<string, Uint8Array>): Uint8Array {
	return zipSync(
		Object.fromEntries(Object.entries(csv).map(([t, b]) => [`${PUBLISH_FOLDER}/${t}.csv`, b]))
	);
}
