import type { Row } from '$lib/sql';

const DAY = 86_400_000;

/** The Monday (`YYYY-MM-DD`) of the week of an ISO date, in UTC. */
export function mondayOf(iso: string): string {
	const t = Date.parse(`${iso}T00:00:00Z`);
	const dow = (new Date(t).getUTCDay() + 6) % 7;
	return new Date(t - dow * DAY).toISOString().slice(0, 10);
}

/** Every week (its Monday) from the week of `from` to the week of `to`. */
export function weeksBetween(from: string, to: string): string[] {
	const out: string[] = [];
	const end = Date.parse(`${mondayOf(to)}T00:00:00Z`);
	for (let t = Date.parse(`${mondayOf(from)}T00:00:00Z`); t <= end; t += 7 * DAY)
		out.push(new Date(t).toISOString().slice(0, 10));
	return out;
}

/** The calendar's cells as a lookup: `code|week` -> service days held. */
export function cellIndex(rows: Row[]): Map<string, number> {
	return new Map(rows.map((r) => [`${r.code}|${r.week}`, Number(r.events)]));
}

/** The weeks that start a new month (their column carries the month's name). */
export function monthStarts(weeks: string[]): Set<string> {
	return new Set(weeks.filter((w, i) => i === 0 || w.slice(0, 7) !== weeks[i - 1]!.slice(0, 7)));
}
