import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { plainValue, sqlLiteral, type Row, type SqlParam } from '../../src/lib/sql.ts';

/** A plain result row, as the browser connector returns it. */
export type NativeRow = Row;

/** Native DuckDB behind the same small interface as the browser connector (tests and benchmarks). */
export interface NativeDb {
	query(sql: string, params?: SqlParam[]): Promise<NativeRow[]>;
	exec(sql: string): Promise<void>;
	close(): void;
}

/** Opens native DuckDB: in memory, or with a data file attached read-only as the default schema. */
export async function openNative(dataFile?: string, alias = 'jb'): Promise<NativeDb> {
	const instance = await DuckDBInstance.create(':memory:');
	const con: DuckDBConnection = await instance.connect();
	await con.run('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
	if (dataFile)
		await con.run(`ATTACH ${sqlLiteral(dataFile)} AS ${alias} (READ_ONLY); USE ${alias}`);
	return {
		async query(sql, params = []) {
			const reader = await con.runAndReadAll(sql, params as never);
			return reader
				.getRowObjectsJS()
				.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plainValue(v)])));
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
