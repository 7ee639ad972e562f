import { defaultPeriod } from '$lib/queries/period';
import type { Filters, ResolvedFilters } from '$lib/schema/filters';

/** Fills a missing period with the default one (the 365 days up to the last day with data). */
export function resolveFilters(f: Filters, lastDay: string): ResolvedFilters {
	const d = defaultPeriod(lastDay);
	const from = f.from ?? (f.to ? defaultPeriod(f.to).from : d.from);
	return { ...f, from, to: f.to ?? (f.from && f.from > lastDay ? f.from : lastDay) };
}
