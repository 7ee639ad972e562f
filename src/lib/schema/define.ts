import { z } from 'zod';

/** DuckDB column types the data contract uses. */
export type SqlType =
	'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP';

/** One documented column: its zod validator (the source of truth), SQL type and docs. */
export interface Column<S extends z.ZodType = z.ZodType> {
	schema: S;
	sql: SqlType;
	required: boolean;
	meaning: string;
	example: string;
}

/** Declares a column; `required` follows from whether the zod schema accepts null. */
export function col<S extends z.ZodType>(
	schema: S,
	sql: SqlType,
	meaning: string,
	example: string
): Column<S> {
	return { schema, sql, required: !schema.safeParse(null).success, meaning, example };
}

/** Columns of a table by name. */
export type Shape = Record<string, Column>;
type ZodShape<C extends Shape> = { [K in keyof C]: C[K]['schema'] };

/** A table of the data contract: name, documented columns and the zod row schema built from them. */
export interface Table<C extends Shape = Shape> {
	name: string;
	title: string;
	primaryKey: (keyof C & string)[];
	columns: C;
	row: z.ZodObject<ZodShape<C>>;
}

/** Declares a table of the data contract. */
export function defineTable<C extends Shape>(
	name: string,
	title: string,
	primaryKey: (keyof C & string)[],
	columns: C
): Table<C> {
	const shape = Object.fromEntries(
		Object.entries(columns).map(([k, c]) => [k, c.schema])
	) as ZodShape<C>;
	return { name, title, primaryKey, columns, row: z.object(shape) };
}

/** The allowed values of an enum column, for docs and SQL checks. */
export function allowedValues(c: Column): string[] | undefined {
	const inner = unwrap(c.schema);
	return inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined;
}

function unwrap(s: z.ZodType): z.ZodType {
	let cur: z.ZodType = s;
	while (
		cur instanceof z.ZodNullable ||
		cur instanceof z.ZodOptional ||
		cur instanceof z.ZodDefault
	)
		cur = (cur as z.ZodNullable<z.ZodType>).unwrap() as z.ZodType;
	return cur;
}
