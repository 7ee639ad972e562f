import type { Table } from '$lib/schema/define';
import { createTableSql } from '$lib/schema/ddl';
import { tables } from '$lib/schema/index';
import { summaryTables } from './summaries';

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The statements that turn clean contract tables into the data set the pages query, in the
 * current schema: contract tables, loaded by `load` (the native writer's `loadCsvSql`, or from the
 * checked stage tables), the native writer's summary SQL, and the `meta` key/values. The browser
 * import runs them inside duckdb-wasm, without primary-key indexes: its checks between tables
 * already proved the keys unique (the index cost more than the load itself at 1M requests).
 */
export function buildDataSql(load: (t: Table) => string, meta: Record<string, string>) {
	return [
		...tables.map((t) => createTableSql(t, undefined, false)),
		...(tables as Table[]).map(load),
		...summaryTables.map((s) => s.sql),
		'CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)',
		...Object.entries(meta).map(([k, v]) => `INSERT INTO meta VALUES (${lit(k)}, ${lit(v)})`)
	];
}
