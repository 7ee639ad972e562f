import { createTableSql, loadCsvSql } from '$lib/schema/ddl';
import { tables } from '$lib/schema/index';
import { summaryTables } from './summaries';

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * The statements that turn one clean CSV per contract table into the data set the pages query,
 * in the current schema: contract tables, the same load and summary SQL as the native writer,
 * and the `meta` key/values. The browser import runs them inside duckdb-wasm.
 */
export function buildDataSql(csvPath: (table: string) => string, meta: Record<string, string>) {
	return [
		...tables.map((t) => createTableSql(t)),
		...tables.map((t) => loadCsvSql(t, csvPath(t.name))),
		...summaryTables.map((s) => s.sql),
		'CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)',
		...Object.entries(meta).map(([k, v]) => `INSERT INTO meta VALUES (${lit(k)}, ${lit(v)})`)
	];
}
