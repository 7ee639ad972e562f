import type { Column } from '$lib/schema/define';
import { parseCell } from './cells';
import { personalValue } from './personal';
import { excerpt, type ProblemKind } from './problems';

/** A non-empty cell checked against its column: the typed value, or the problem. */
export type CellOutcome =
	| { ok: true; value: string | number | boolean; normalised?: string }
	| { ok: false; kind: ProblemKind; message: string };

/** Checks one non-empty, trimmed cell: its type, the contract's zod schema, personal values in free text. */
export function checkCell(col: Column, raw: string, freeText: boolean): CellOutcome {
	const p = parseCell(col.sql, raw);
	if (!p.ok) return { ok: false, kind: 'type', message: p.message };
	const z = col.schema.safeParse(p.value);
	if (!z.success)
		return {
			ok: false,
			kind: 'value',
			message: `${z.error.issues[0]?.message ?? 'not allowed'} (value ${excerpt(raw)})`
		};
	if (freeText) {
		const what = personalValue(raw);
		if (what)
			return {
				ok: false,
				kind: 'personal',
				message: `looks like ${what}: personal data must not be published; remove it from the cell`
			};
	}
	return p;
}

/**
 * `checkCell` remembered per column for repeated values (codes, statuses, villages): the outcome
 * depends on the text alone. At most `size` values are remembered, so unique ids cost nothing.
 */
export class CellMemo {
	private readonly seen = new Map<string, CellOutcome>();

	constructor(
		private readonly col: Column,
		private readonly freeText: boolean,
		private readonly size = 4096
	) {}

	/** The outcome for `raw`. */
	check(raw: string): CellOutcome {
		let o = this.seen.get(raw);
		if (o) return o;
		o = checkCell(this.col, raw, this.freeText);
		if (this.seen.size < this.size) this.seen.set(raw, o);
		return o;
	}
}
