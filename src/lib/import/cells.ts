import type { SqlType } from '$lib/schema/define';
import { excerpt, worded, type ProblemDetail, type Worded } from './problems';

/** A cell read as its column's type: the value, or why it is not one (and in words of the page). */
export type CellResult =
	| { ok: true; value: string | number | boolean; normalised?: Worded }
	| { ok: false; message: string; detail: ProblemDetail };

/** Why a cell is not of its type: the message, and the same as an i18n key with its values. */
const fail = (
	message: string,
	key: string,
	values: Record<string, string | number>
): CellResult => ({ ok: false, ...worded(message, key, values) });

const plain = /^-?\d+(\.\d+)?$/;
const idGrouped = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const idDecimal = /^-?\d+,\d+$/;
const ambiguous = /^-?\d{1,3}[.,]\d{3}$/;

/**
 * Reads a number by one documented rule (docs/import.md):
 * - `1234`, `-12`, `1234.5`: digits with an optional dot and decimals;
 * - `1.234.567`, `1.234,5`, `1234,5`: the Indonesian form, dots grouping thousands and a comma
 *   before decimals (reported as normalised);
 * - `1.000` and `1,000` are refused as ambiguous (one thousand in Indonesian, one in English);
 * - anything else (`0x1F`, `1e3`, `+5`, `Rp 5.000`, `1 000`, `12abc`) is refused.
 */
export function parseNumber(raw: string): CellResult {
	if (ambiguous.test(raw)) {
		const [a, b] = [raw.replace(/[.,]/, ''), raw.replace(',', '.').replace(/\.?0+$/, '')];
		return fail(
			`${excerpt(raw)} is ambiguous: one thousand in Indonesian, one in English; write ${a} or ${b}`,
			'detail_number_ambiguous',
			{ value: excerpt(raw), a, b }
		);
	}
	if (plain.test(raw)) return { ok: true, value: Number(raw) };
	if (idGrouped.test(raw) || idDecimal.test(raw)) {
		const canon = raw.replaceAll('.', '').replace(',', '.');
		return {
			ok: true,
			value: Number(canon),
			normalised: worded(`Indonesian number ${raw} → ${canon}`, 'normalised_id_number', {
				raw,
				canon
			})
		};
	}
	return fail(
		`${excerpt(raw)} is not a number: write digits with a dot before decimals (1234.5) or the Indonesian form (1.234,5); no hex, exponents, signs, spaces or currency`,
		'detail_not_number',
		{ value: excerpt(raw) }
	);
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, m: number, d: number): boolean {
	if (m < 1 || m > 12 || d < 1) return false;
	const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
	return d <= monthDays[m - 1]! + (leap ? 1 : 0);
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoTime = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const zoned = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Reads `YYYY-MM-DD`, a real calendar day. */
export function parseDate(raw: string): CellResult {
	const m = isoDay.exec(raw);
	if (!m)
		return fail(`${excerpt(raw)} is not a date: write YYYY-MM-DD`, 'detail_not_date', {
			value: excerpt(raw)
		});
	if (!validDate(+m[1]!, +m[2]!, +m[3]!))
		return fail(`${excerpt(raw)} is not a day of the calendar`, 'detail_not_day', {
			value: excerpt(raw)
		});
	return { ok: true, value: raw };
}

/** Reads `YYYY-MM-DDTHH:MM[:SS]` (or a space for the T) in the regency's local time. */
export function parseDateTime(raw: string): CellResult {
	const value = excerpt(raw);
	if (zoned.test(raw))
		return fail(
			`${value} carries a time zone: write the regency's local time without Z or an offset`,
			'detail_time_zone',
			{ value }
		);
	const m = isoTime.exec(raw);
	if (!m)
		return fail(
			`${value} is not a date and time: write YYYY-MM-DDTHH:MM:SS`,
			'detail_not_datetime',
			{ value }
		);
	const [h, min, s] = [+m[4]!, +m[5]!, +(m[6] ?? 0)];
	if (!validDate(+m[1]!, +m[2]!, +m[3]!) || h > 23 || min > 59 || s > 59)
		return fail(`${value} is not a time of the calendar`, 'detail_not_time', { value });
	return { ok: true, value: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}` };
}

const truthy = new Set(['true', '1', 'ya', 'yes']);
const falsy = new Set(['false', '0', 'tidak', 'no']);

/** Reads true/false, 1/0, ya/tidak, yes/no (any case). */
export function parseBoolean(raw: string): CellResult {
	const v = raw.toLowerCase();
	if (truthy.has(v)) return { ok: true, value: true };
	if (falsy.has(v)) return { ok: true, value: false };
	return fail(`${excerpt(raw)} is not true/false (also 1/0, ya/tidak)`, 'detail_not_boolean', {
		value: excerpt(raw)
	});
}

const INT32 = 2 ** 31 - 1;

/** Position of the first control character other than tab and line breaks (NUL, …), or -1. */
function controlAt(s: string): number {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return i;
	}
	return -1;
}

/**
 * Reads one non-empty cell (already trimmed) as its SQL type. Text is kept as is, except that
 * control characters (NUL and the like, but not tab or line breaks) are refused.
 */
export function parseCell(sql: SqlType, raw: string): CellResult {
	switch (sql) {
		case 'INTEGER':
		case 'BIGINT': {
			const r = parseNumber(raw);
			if (!r.ok) return r;
			const v = r.value as number;
			if (!Number.isInteger(v))
				return fail(`${excerpt(raw)} is not a whole number`, 'detail_not_whole', {
					value: excerpt(raw)
				});
			if (sql === 'INTEGER' && Math.abs(v) > INT32)
				return fail(`${excerpt(raw)} is too large`, 'detail_too_large', { value: excerpt(raw) });
			return r;
		}
		case 'DOUBLE':
			return parseNumber(raw);
		case 'DATE':
			return parseDate(raw);
		case 'TIMESTAMP':
			return parseDateTime(raw);
		case 'BOOLEAN':
			return parseBoolean(raw);
		case 'VARCHAR': {
			const at = controlAt(raw);
			if (at >= 0) {
				const code = `U+${raw.charCodeAt(at).toString(16).padStart(4, '0').toUpperCase()}`;
				return fail(
					`control character ${code} at position ${at + 1} of the cell`,
					'detail_control',
					{ code, position: at + 1 }
				);
			}
			return { ok: true, value: raw };
		}
	}
}
