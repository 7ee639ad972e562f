import type { Table } from 'apache-arrow';

/** A result row with plain JS values: numbers (never BigInt), strings, booleans, null. */
export type Row = Record<string, string | number | boolean | null>;

/** Converts an Arrow table to plain rows; BigInt becomes number and dates become ISO strings. */
export function arrowToRows(table: Table): Row[] {
	const names = table.schema.fields.map((f) => f.name);
	const cols = names.map((n) => table.getChild(n));
	const out: Row[] = new Array(table.numRows);
	for (let i = 0; i < table.numRows; i++) {
		const row: Row = {};
		for (let j = 0; j < names.length; j++) row[names[j]!] = plain(cols[j]?.get(i));
		out[i] = row;
	}
	return out;
}

function plain(v: unknown): string | number | boolean | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v.toISOString();
	return String(v);
}
