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

/** The number written by the digits `s[a..b)`, or -1 if one is not a digit. */
function digits(s: string, a: number, b: number): number {
	let n = 0;
	for (let i = a; i < b; i++) {
		const c = s.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		n = n * 10 + c;
	}
	return n;
}

/** `YYYY-MM-DDTHH:MM:SS` split into a day and a time key (numbers), or null for any other text. */
function timestampKeys(s: string): [number, number] | null {
	if (s.length !== 19 || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T') return null;
	if (s[13] !== ':' || s[16] !== ':') return null;
	const y = digits(s, 0, 4);
	const m = digits(s, 5, 7);
	const d = digits(s, 8, 10);
	const h = digits(s, 11, 13);
	const mi = digits(s, 14, 16);
	const sec = digits(s, 17, 19);
	if (y < 0 || m < 0 || d < 0 || h < 0 || mi < 0 || sec < 0) return null;
	return [y * 10_000 + m * 100 + d, h * 10_000 + mi * 100 + sec];
}

/**
 * `checkCell` remembered per column for repeated values (codes, statuses, villages): the outcome
 * depends on the text alone. At most `size` values are remembered, so unique ids cost nothing.
 * A timestamp in the contract's own form (`YYYY-MM-DDTHH:MM:SS`, nearly all unique) is valid
 * exactly when its day and its time of day are: those two parts are remembered instead.
 */
export class CellMemo {
	private readonly seen = new Map<string, CellOutcome>();
	private readonly days = new Map<number, boolean>();
	/** Every time of day fits (86,400), and nearly every day of the data. */
	private readonly partSize = 1 << 17;
	private readonly times = new Map<number, boolean>();

	constructor(
		private readonly col: Column,
		private readonly freeText: boolean,
		private readonly size = 4096
	) {}

	/** The outcome for `raw`. */
	check(raw: string): CellOutcome {
		let o = this.seen.get(raw);
		if (o) return o;
		const keys = this.col.sql === 'TIMESTAMP' ? timestampKeys(raw) : null;
		if (
			keys &&
			this.part(this.days, keys[0], () => `${raw.slice(0, 10)}T00:00:00`) &&
			this.part(this.times, keys[1], () => `2000-01-01${raw.slice(10)}`)
		)
			return { ok: true, value: raw };
		o = checkCell(this.col, raw, this.freeText);
		if (this.seen.size < this.size) this.seen.set(raw, o);
		return o;
	}

	/** Whether a timestamp's day (or time of day) is valid: checked once, as a whole timestamp. */
	private part(memo: Map<number, boolean>, key: number, whole: () => string): boolean {
		let ok = memo.get(key);
		if (ok === undefined) {
			const w = whole();
			const o = checkCell(this.col, w, this.freeText);
			ok = o.ok && o.value === w;
			if (memo.size < this.partSize) memo.set(key, ok);
		}
		return ok;
	}
}
