import { existsSync } from 'node:fs';
import { openNative, type NativeDb } from '../../scripts/lib/native-db.ts';
import { extentQuery } from '../../src/lib/queries/options.ts';

/** The data file the built site serves (copied from static/data by the build). */
export const BUILT_DATA = 'build/data/jemput-bola.duckdb';

/** Opens the built site's data file in native DuckDB, with its last day of data. */
export async function openBuiltData(): Promise<{ db: NativeDb; lastDay: string }> {
	if (!existsSync(BUILT_DATA)) throw new Error(`${BUILT_DATA} is missing: run the build first`);
	const db = await openNative(BUILT_DATA);
	const q = extentQuery();
	const [row] = await db.query(q.sql, q.params);
	return { db, lastDay: String(row!.last_day) };
}
