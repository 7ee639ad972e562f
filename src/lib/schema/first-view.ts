import { z } from 'zod';

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** `data/view/<page>.json`: results of a page's default view, computed at build time. */
export const firstViewSchema = z.object({
	/** Fingerprint of the analytics file the results were computed from. */
	data: z.string(),
	/** Rows per statement, keyed by `sqlKey`, column-wise: names once, then one array per row. */
	results: z.record(
		z.string(),
		z.object({ columns: z.array(z.string()), rows: z.array(z.array(cell)) })
	)
});
/** A page's first view. */
export type FirstViewFile = z.infer<typeof firstViewSchema>;

/** A result in the file's column-wise form. */
export type PackedRows = FirstViewFile['results'][string];

/** Packs rows column-wise (names once). */
export function packRows(rows: Record<string, string | number | boolean | null>[]): PackedRows {
	const columns = rows[0] ? Object.keys(rows[0]) : [];
	return { columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) };
}

/** Unpacks column-wise rows into plain row objects. */
export function unpackRows(p: PackedRows): Record<string, string | number | boolean | null>[] {
	return p.rows.map((r) => Object.fromEntries(p.columns.map((c, i) => [c, r[i] ?? null])));
}
