import { publicOutcomes, type PublicOutcome } from '$lib/queries/public-figures';
import { figureKey, type PublicFigures } from './figures';
import type { RequestRow } from './rows';
import type { Shown } from './suppress';

/** Requests of one service (or kind of request) by outcome. */
export interface ServiceLine {
	code: string;
	name: string;
	cells: Record<PublicOutcome, Shown>;
	total: Shown;
	/** Median days to resolve forwarded requests that were resolved. */
	medianDays: Shown;
}

/** The requests table of a page: services by outcome with totals. */
export interface RequestsTable {
	lines: ServiceLine[];
	totals: Record<PublicOutcome, Shown>;
	grand: Shown;
	medianDays: Shown;
}

/** The requests table of an area, as suppressed over the whole hierarchy. */
export function requestsTable(f: PublicFigures, area: string, rows: RequestRow[]): RequestsTable {
	const names = new Map<string, string>();
	for (const r of rows) if (r.service !== null) names.set(r.service, r.service_name ?? r.service);
	const cells = (s: string) =>
		Object.fromEntries(
			publicOutcomes.map((o) => [o, f.get(figureKey.requests(area, s, o))])
		) as Record<PublicOutcome, Shown>;
	return {
		lines: [...names]
			.map(([code, name]) => ({
				code,
				name,
				cells: cells(code),
				total: f.get(figureKey.requests(area, code, '*')),
				medianDays: f.get(figureKey.median(area, code))
			}))
			// By the shown total (suppressed last, by name): the order reveals nothing more.
			.sort((a, b) => (b.total.v ?? -1) - (a.total.v ?? -1) || a.name.localeCompare(b.name)),
		totals: cells('*'),
		grand: f.get(figureKey.requests(area, '*', '*')),
		medianDays: f.get(figureKey.median(area, '*'))
	};
}
