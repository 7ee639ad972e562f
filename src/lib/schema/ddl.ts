import type { Table } from './define';
import { quoteIdent } from '../sql';
import { tables } from './index';

/**
 * `CREATE TABLE` statement for a contract table (NOT NULL where the contract requires a value),
 * with its primary key unless `primaryKey` is false (the browser import, which checked the keys).
 */
export function createTableSql(t: Table, schema?: string, primaryKey = true): string {
	const cols = Object.entries(t.columns).map(
		([name, c]) => `${quoteIdent(name)} ${c.sql}${c.required ? ' NOT NULL' : ''}`
	);
	const name = schema ? `${quoteIdent(schema)}.${quoteIdent(t.name)}` : quoteIdent(t.name);
	const key = primaryKey ? `, PRIMARY KEY (${t.primaryKey.map(quoteIdent).join(', ')})` : '';
	return `CREATE TABLE ${name} (${cols.join(', ')}${key})`;
}

/**
 * `INSERT … SELECT * FROM read_csv(…)` loading a contract table from a CSV file the importer
 * wrote (header, comma, `"` quotes, empty = NULL) with the contract's column types, no sniffing.
 * The one load statement of the native writer and of the browser import.
 */
export function loadCsvSql(t: Table, path: string, schema?: string): string {
	const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
	const cols = Object.entries(t.columns).map(([name, c]) => `${lit(name)}: ${lit(c.sql)}`);
	const name = schema ? `${quoteIdent(schema)}.${quoteIdent(t.name)}` : quoteIdent(t.name);
	return `INSERT INTO ${name} SELECT * FROM read_csv(${lit(path)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = {${cols.join(', ')}})`;
}

/** The text the data format fingerprint is a hash of: contract DDL, then the summary tables' SQL. */
export function formatSource(summaries: readonly { sql: string }[]): string {
	return [...tables.map((t) => createTableSql(t)), ...summaries.map((s) => s.sql)].join('');
}
