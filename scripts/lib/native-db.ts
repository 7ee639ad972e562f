import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { SqlParam } from '../../src/lib/queries/sql.ts';

/** A plain result row, as the browser connector returns it. */
export type NativeRow = Record<string, string | number | boolean | null>;

/** Native DuckDB behind the same small interface as the browser connector (tests and benchmarks). */
export interface NativeDb {
	query(sql: string, params?: SqlParam[]): Promise<NativeRow[]>;
	exec(sql: string): Promise<void>;
	close(): void;
}

function plain(v: unknown): string | number | boolean | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v.toISOString();
	return String(v);
}

/** Opens native DuckDB: in memory, or with a data file attached read-only as the default schema. */
export async function openNative(dataFile?: string, alias = 'jb'): Promise<NativeDb> {
	const instance = await DuckDBInstance.create(':memory:');
	const con: DuckDBConnection = await instance.connect();
	await con.run('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
	if (dataFile)
		await con.run(
			`ATTACH '${dataFile.replaceAll("'", "''")}' AS ${alias} (READ_ONLY); USE ${alias}`
		);
	return {
		async query(sql, params = []) {
			const reader = await con.runAndReadAll(sql, params as never);
			return reader
				.getRowObjectsJS()
				.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
		},
		async exec(sql) {
			await con.run(sql);
		},
		close() {
			con.closeSync();
			instance.closeSync();
		}
	};
}
