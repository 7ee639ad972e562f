/** A SQL statement with positional `?` parameters. */
export interface Sql {
	sql: string;
	params: SqlParam[];
}

/** Values that may be bound to a `?` parameter. */
export type SqlParam = string | number | boolean | null;

/** Quotes an identifier (table or column name from a file) for DuckDB. */
export function quoteIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/** A list of `?` placeholders for `n` values, e.g. for `IN (?, ?, ?)`. */
export function placeholders(n: number): string {
	return Array.from({ length: n }, () => '?').join(', ');
}
