import type { ResolvedPathname } from '$app/types';
import type { CsvColumn } from './csv';

/** A column of a data table: a key, a header, the raw value and how it is shown. */
export interface TableColumn<R> {
	key: string;
	label: string;
	value: (row: R) => string | number | null;
	/** Decimal places for numeric columns (also used to round the CSV). */
	digits?: number;
	numeric?: boolean;
	/** A link the cell opens (already resolved, with the filters it carries); the first column only. */
	href?: (row: R) => ResolvedPathname;
	/** How a value reads when the number alone does not say it (units that change with size). */
	format?: (row: R) => string;
	/**
	 * A note when the row's value rests on too few cases (a rate from 1–4 requests): the cell is
	 * muted and carries the note (as its title, and read out after the value).
	 */
	thin?: (row: R) => string | undefined;
}

/** A table sort as kept in the URL: `<column>.<asc|desc>`. */
export interface TableSort {
	key: string;
	dir: 'asc' | 'desc';
}

/** Reads a sort parameter (`absences.desc`); anything else gives undefined. */
export function parseSort(v: string | null, keys: string[]): TableSort | undefined {
	const m = /^(.+)\.(asc|desc)$/.exec(v ?? '');
	return m && keys.includes(m[1]!) ? { key: m[1]!, dir: m[2] as 'asc' | 'desc' } : undefined;
}

// Building a collator costs more than sorting a table's rows with it: one for every sort.
let collator: Intl.Collator | undefined;

/** Sorts rows by a column; nulls last in both directions, text by Indonesian collation. */
export function sortRows<R>(rows: R[], col: TableColumn<R> | undefined, dir: 'asc' | 'desc'): R[] {
	if (!col) return rows;
	const k = dir === 'asc' ? 1 : -1;
	const coll = (collator ??= new Intl.Collator('id'));
	return [...rows].sort((a, b) => {
		const x = col.value(a);
		const y = col.value(b);
		if (x === null) return y === null ? 0 : 1;
		if (y === null) return -1;
		return (
			k *
			(typeof x === 'number' && typeof y === 'number' ? x - y : coll.compare(String(x), String(y)))
		);
	});
}

/** CSV columns that equal what the table shows (numbers rounded to the shown decimals). */
export function csvColumns<R>(cols: TableColumn<R>[]): CsvColumn<R>[] {
	return cols.map((c) => ({
		header: c.label,
		value: (r: R) => {
			const v = c.value(r);
			return typeof v === 'number' && c.digits !== undefined ? Number(v.toFixed(c.digits)) : v;
		}
	}));
}
