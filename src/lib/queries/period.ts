const DAY = 86_400_000;

function toDay(iso: string): number {
	return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
}
function fromDay(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function periodDays(from: string, to: string): number {
	return toDay(to) - toDay(from) + 1;
}

/** Shifts an ISO date by whole days. */
export function addDays(iso: string, days: number): string {
	return fromDay(toDay(iso) + days);
}

/** Whole months from `from` to `to` when the period starts on a 1st and ends on a month's last day. */
function wholeMonths(from: string, to: string): number | null {
	if (from.slice(8) !== '01' || addDays(to, 1).slice(8) !== '01') return null;
	const next = addDays(to, 1);
	return (+next.slice(0, 4) - +from.slice(0, 4)) * 12 + (+next.slice(5, 7) - +from.slice(5, 7));
}

/**
 * The period of equal length that ends the day before `from`. Whole calendar months compare
 * with the same number of months before (2025 with 2024, March with February); any other
 * period with the same number of days before.
 */
export function previousPeriod(from: string, to: string): { from: string; to: string } {
	const months = wholeMonths(from, to);
	if (months !== null) {
		const y = +from.slice(0, 4);
		const m = +from.slice(5, 7) - 1 - months;
		const start = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
		return { from: start, to: addDays(from, -1) };
	}
	const n = periodDays(from, to);
	return { from: addDays(from, -n), to: addDays(from, -1) };
}

/**
 * Whether the period `from`–`to` holds no day of the data (`first`–`last`, once known): it lies
 * wholly before or after it, so every figure of it is empty.
 */
export function outsideData(
	from: string,
	to: string,
	first: string | null,
	last: string | null
): boolean {
	return first !== null && last !== null && (from > last || to < first);
}

/** The default period: the 365 days ending on the last day with data. */
export function defaultPeriod(lastDay: string): { from: string; to: string } {
	return { from: addDays(lastDay, -364), to: lastDay };
}

/** The last day of the month of `iso`. */
function monthEnd(iso: string): string {
	const y = +iso.slice(0, 4);
	const m = +iso.slice(5, 7);
	return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The last whole calendar month before the month of `lastDay` (the "last month" preset). */
export function lastMonth(lastDay: string): { from: string; to: string } {
	const to = addDays(`${lastDay.slice(0, 7)}-01`, -1);
	return { from: `${to.slice(0, 7)}-01`, to };
}

/** The calendar quarter of `lastDay`, up to `lastDay` (the "this quarter" preset). */
export function thisQuarter(lastDay: string): { from: string; to: string } {
	const q = Math.floor((+lastDay.slice(5, 7) - 1) / 3) * 3 + 1;
	return { from: `${lastDay.slice(0, 4)}-${String(q).padStart(2, '0')}-01`, to: lastDay };
}

/**
 * The months at the ends of a period that hold fewer days than the calendar month, with the days
 * they do hold: the period `from`–`to` clipped to the data's `firstDay`–`lastDay`. A monthly
 * trend marks them, so a short month does not read as a drop.
 */
export function partialMonths(
	from: string,
	to: string,
	firstDay: string | null,
	lastDay: string | null
): Map<string, { from: string; to: string }> {
	const start = firstDay && firstDay > from ? firstDay : from;
	const end = lastDay && lastDay < to ? lastDay : to;
	const out = new Map<string, { from: string; to: string }>();
	if (start > end) return out;
	for (const ym of new Set([start.slice(0, 7), end.slice(0, 7)])) {
		const days = {
			from: start.slice(0, 7) === ym ? start : `${ym}-01`,
			to: end.slice(0, 7) === ym ? end : monthEnd(`${ym}-01`)
		};
		if (days.from !== `${ym}-01` || days.to !== monthEnd(days.from)) out.set(ym, days);
	}
	return out;
}
