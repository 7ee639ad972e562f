/**
 * The bottom floor: SQL types, quoting and literals, and the one histogram-median expression.
 * Imports nothing; `schema/`, `db/` and `queries/` build on it.
 */

/** A SQL statement with positional `?` parameters. */
export interface Sql {
	sql: string;
	params: SqlParam[];
	/**
	 * The same rows as `sql` from statements that may run side by side, on engines of their own:
	 * the rows of each, stacked by column name (`UNION ALL BY NAME`), are the rows of `sql`.
	 */
	parts?: Sql[];
}

/** Values that may be bound to a `?` parameter. */
export type SqlParam = string | number | boolean | null;

/** A result row with plain JS values: numbers (never BigInt), strings, booleans, null. */
export type Row = Record<string, string | number | boolean | null>;

/** A result value as a plain JS value: BigInt becomes number, a date its ISO string. */
export function plainValue(v: unknown): string | number | boolean | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v.toISOString();
	return String(v);
}

/** Quotes an identifier (table or column name from a file) for DuckDB. */
export function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** A value as a DuckDB literal: strings quoted with `'` doubled, numbers finite. */
export function sqlLiteral(v: SqlParam): string {
	if (v === null) return 'NULL';
	if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
		return String(v);
	}
	return `'${v.replaceAll("'", "''")}'`;
}

/** A comma-separated list of literals, e.g. for `IN (…)` over constants of the contract. */
export function literalList(xs: readonly SqlParam[]): string {
	return xs.map(sqlLiteral).join(', ');
}

/** A list of `?` placeholders for `n` values, e.g. for `IN (?, ?, ?)`. */
export function placeholders(n: number): string {
	return Array.from({ length: n }, () => '?').join(', ');
}

/**
 * The exact median of a histogram as an aggregate over rows carrying a value, the running count
 * up to it (`cum`, ordered by value) and the group's total count: the mean of the values at the
 * two middle positions of the sorted multiset, as DuckDB's `median` gives on the raw rows.
 */
export function histogramMedianSql(value = 'days', cum = 'cum', total = 'total'): string {
	return `(min(${value}) FILTER (WHERE ${cum} >= (${total} + 1) // 2) + min(${value}) FILTER (WHERE ${cum} >= (${total} + 2) // 2)) / 2.0`;
}
