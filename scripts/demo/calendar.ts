/** The demo period and date helpers; all arithmetic in whole days from DATE_FROM (UTC, no time zones). */

/** First day of the demo data. */
export const DATE_FROM = '2024-01-01';
/** Last day of the demo data (the data is "pulled" two days before "today", 2026-11-22). */
export const DATE_TO = '2026-11-20';

const MS_DAY = 86_400_000;
const EPOCH = Date.parse(`${DATE_FROM}T00:00:00Z`);

/** Day index of an ISO date (0 = DATE_FROM). */
export function dayIndex(iso: string): number {
	return Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / MS_DAY);
}

/** Number of days in the period, DATE_TO included. */
export const DAYS = dayIndex(DATE_TO) + 1;

const isoCache: string[] = [];

/** ISO date (`YYYY-MM-DD`) of a day index (cached, the generator calls it millions of times). */
export function isoDay(day: number): string {
	let s = isoCache[day];
	if (s === undefined) {
		s = new Date(EPOCH + day * MS_DAY).toISOString().slice(0, 10);
		if (day >= 0) isoCache[day] = s;
	}
	return s;
}

/** Day of week of a day index: 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
	return new Date(EPOCH + day * MS_DAY).getUTCDay();
}

/** Calendar year of a day index. */
export function yearOf(day: number): number {
	return Number(isoDay(day).slice(0, 4));
}

/** `YYYY-MM` of a day index. */
export function monthOf(day: number): string {
	return isoDay(day).slice(0, 7);
}

/** Local date-time `YYYY-MM-DDTHH:MM:SS` of a day index and seconds since midnight. */
export function isoDateTime(day: number, seconds: number): string {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	return `${isoDay(day)}T${pad2(h)}:${pad2(m)}:${pad2(s)}`;
}

/** Fraction of the period elapsed at a day index (0 at the start, 1 at the end). */
export function progress(day: number): number {
	return Math.min(1, Math.max(0, day / (DAYS - 1)));
}

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}
