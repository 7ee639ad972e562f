import type * as duckdb from '@duckdb/duckdb-wasm';
import type { Table } from 'apache-arrow';
import { plainValue, type Row } from '../sql';

/** Converts an Arrow table to plain rows; BigInt becomes number and dates become ISO strings. */
export function arrowToRows(table: Table): Row[] {
	const names = table.schema.fields.map((f) => f.name);
	const cols = names.map((n) => table.getChild(n));
	const out: Row[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		for (let j = 0; j < names.length; j++) row[names[j]!] = plainValue(cols[j]?.get(i));
		out[i] = row;
	}
	return out;
}

/** The rows of a query on `conn` (the data checks, the import's checks). */
export const rowsOf = (conn: duckdb.AsyncDuckDBConnection) => async (sql: string) =>
	arrowToRows(await conn.query(sql));
