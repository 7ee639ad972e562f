import { familyOf } from '$lib/i18n/code-words';
import type { Column } from '$lib/schema/define';
import { parseCell } from './cells';
import { personalValue } from './personal';
import { excerpt, type ProblemDetail, type ProblemKind, type Worded } from './problems';

/** A non-empty cell checked against its column: the typed value, or the problem. */
export type CellOutcome =
	| { ok: true; value: string | number | boolean; normalised?: Worded }
	| { ok: false; kind: ProblemKind; message: string; detail: ProblemDetail };

/** A zod issue (its code and bounds) as an i18n key and values, for the page's language. */
function zodDetail(
	issue: { code?: string; minimum?: unknown; maximum?: unknown; values?: unknown[] } | undefined,
	value: string
): ProblemDetail {
	switch (issue?.code) {
		case 'invalid_value': {
			const family = familyOf(issue.values ?? []);
			return {
				key: 'detail_not_in_list',
				values: { value, allowed: (issue.values ?? []).map(String).join(', ') },
				...(family && { codes: { allowed: family } })
			};
		}
		case 'too_small':
			return { key: 'detail_too_small', values: { value, minimum: String(issue.minimum) } };
		case 'too_big':
			return { key: 'detail_too_big', values: { value, maximum: String(issue.maximum) } };
		default:
			return { key: 'detail_invalid', values: { value } };
	}
}

/** Checks one non-empty, trimmed cell: its type, the contract's zod schema, personal values in free text. */
export function checkCell(col: Column, raw: string, freeText: boolean): CellOutcome {
	const p = parseCell(col.sql, raw);
	if (!p.ok) return { ok: false, kind: 'type', message: p.message, detail: p.detail };
	const z = col.schema.safeParse(p.value);
	if (!z.success)
		return {
			ok: false,
			kind: 'value',
			message: `${z.error.issues[0]?.message ?? 'not allowed'} (value ${excerpt(raw)})`,
			detail: zodDetail(z.error.issues[0], excerpt(raw))
		};
	if (freeText) {
		const what = personalValue(raw);
		if (what)
			return {
				ok: false,
				kind: 'personal',
				message: `looks like ${what}: personal data must not be published; remove it from the cell`,
				detail: {
					key: what.includes('phone') ? 'detail_personal_phone' : 'detail_personal_nik',
					values: {}
				}
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

/** Remembered parts of timestamps: unknown, valid, invalid. */
const enum Part {
	Unknown = 0,
	Ok = 1,
	Bad = 2
}

/**
 * `checkCell` remembered per column for repeated values (codes, statuses, villages): the outcome
 * depends on the text alone. At most `size` values are remembered, so unique ids cost nothing;
 * once full, a column whose values keep missing (ids) is not looked up any more.
 * A timestamp in the contract's own form (`YYYY-MM-DDTHH:MM:SS`, nearly all unique) is valid
 * exactly when its day and its time of day are: those two parts are remembered instead (the day
 * last seen first, as files mostly run in time order; every time of day in a flat table).
 */
export class CellMemo {
	private readonly seen = new Map<string, CellOutcome>();
	private readonly days = new Map<number, boolean>();
	/** Every day fits (the distinct days of a file are few). */
	private readonly daySize = 1 << 17;
	private lastDay = -1;
	private lastDayOk = false;
	/** Time of day `HHMMSS` (two digits each, so up to 995959) → `Part`. */
	private times: Uint8Array | null = null;
	/** Lookups and hits since the memo filled up; past a window of misses it is skipped. */
	private lookups = 0;
	private hits = 0;
	private skip = false;

	constructor(
		private readonly col: Column,
		private readonly freeText: boolean,
		private readonly size = 4096
	) {}

	/** The outcome for `raw`. */
	check(raw: string): CellOutcome {
		if (this.col.sql === 'TIMESTAMP') {
			const keys = timestampKeys(raw);
			if (keys && this.dayOk(keys[0], raw) && this.timeOk(keys[1], raw))
				return { ok: true, value: raw };
		}
		if (this.skip) return checkCell(this.col, raw, this.freeText);
		let o = this.seen.get(raw);
		if (this.seen.size >= this.size) this.count(o !== undefined);
		if (o) return o;
		o = checkCell(this.col, raw, this.freeText);
		if (this.seen.size < this.size) this.seen.set(raw, o);
		return o;
	}

	/** Counts a lookup of a full memo; fewer than one hit in 16 over 64 Ki lookups: skip it. */
	private count(hit: boolean): void {
		this.lookups++;
		if (hit) this.hits++;
		if (this.lookups < 65_536) return;
		this.skip = this.hits * 16 < this.lookups;
		this.lookups = this.hits = 0;
	}

	/** Whether a timestamp's day is valid: checked once, as a whole timestamp at midnight. */
	private dayOk(key: number, raw: string): boolean {
		if (key === this.lastDay) return this.lastDayOk;
		let ok = this.days.get(key);
		if (ok === undefined) {
			ok = this.whole(`${raw.slice(0, 10)}T00:00:00`);
			if (this.days.size < this.daySize) this.days.set(key, ok);
		}
		this.lastDay = key;
		this.lastDayOk = ok;
		return ok;
	}

	/** Whether a timestamp's time of day is valid: checked once, as a whole timestamp. */
	private timeOk(key: number, raw: string): boolean {
		const times = (this.times ??= new Uint8Array(1_000_000));
		const known = times[key]! as Part;
		if (known !== Part.Unknown) return known === Part.Ok;
		const ok = this.whole(`2000-01-01${raw.slice(10)}`);
		times[key] = ok ? Part.Ok : Part.Bad;
		return ok;
	}

	private whole(w: string): boolean {
		const o = checkCell(this.col, w, this.freeText);
		return o.ok && o.value === w;
	}
}
