import type { Table } from './define';
import { quoteIdent } from '../sql';

/** `CREATE TABLE` statement for a contract table (NOT NULL where the contract requires a value). */
export function createTableSql(t: Table, schema?: string): string {
	const cols = Object.entries(t.columns).map(
		([name, c]) => `${quoteIdent(name)} ${c.sql}${c.required ? ' NOT NULL' : ''}`
	);
	const name = schema ? `${quoteIdent(schema)}.${quoteIdent(t.name)}` : quoteIdent(t.name);
	return `CREATE TABLE ${name} (${cols.join(', ')}, PRIMARY KEY (${t.primaryKey.map(quoteIdent).join(', ')}))`;
}
