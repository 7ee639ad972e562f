import { publicOutcomes, type PublicOutcome } from '$lib/queries/public-figures';
import type { RequestRow } from './rows';
import type { Sheet, Shown } from './suppress';

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

/** Registers the requests of an area on the sheet; `grandId` is the area's request count. */
export function registerRequests(
	sheet: Sheet,
	rows: RequestRow[],
	grandId: number
): () => RequestsTable {
	const byService = new Map<string, RequestRow[]>();
	let overall: RequestRow | undefined;
	for (const r of rows) {
		if (r.service === null) overall = r;
		else byService.set(r.service, [...(byService.get(r.service) ?? []), r]);
	}
	const sizes = new Map(
		[...byService].map(([code, rs]) => [code, rs.reduce((s, r) => s + r.n, 0)])
	);
	const ids = [...byService].map(([code, rs]) => {
		const cells = Object.fromEntries(
			publicOutcomes.map((o) => [o, sheet.count(rs.find((r) => r.outcome === o)?.n ?? 0)])
		) as Record<PublicOutcome, number>;
		const total = sheet.count(sizes.get(code));
		sheet.sum(total, Object.values(cells));
		const median = sheet.measure(rs[0]!.days_n > 0 ? rs[0]!.median_days : null);
		sheet.follows(median, cells.resolved);
		return { code, name: rs[0]!.service_name ?? code, cells, total, median };
	});
	const totals = Object.fromEntries(
		publicOutcomes.map((o) => {
			const id = sheet.count(rows.filter((r) => r.outcome === o).reduce((s, r) => s + r.n, 0));
			sheet.sum(
				id,
				ids.map((l) => l.cells[o])
			);
			return [o, id];
		})
	) as Record<PublicOutcome, number>;
	sheet.sum(
		grandId,
		ids.map((l) => l.total)
	);
	sheet.sum(grandId, Object.values(totals));
	const median = sheet.measure(overall && overall.days_n > 0 ? overall.median_days : null);
	sheet.follows(median, totals.resolved);
	return () => ({
		lines: ids
			.map((l) => ({
				code: l.code,
				name: l.name,
				cells: Object.fromEntries(
					publicOutcomes.map((o) => [o, sheet.shown(l.cells[o])])
				) as Record<PublicOutcome, Shown>,
				total: sheet.shown(l.total),
				medianDays: sheet.shown(l.median)
			}))
			// By the shown total (suppressed last, by name): the order reveals nothing more.
			.sort((a, b) => (b.total.v ?? -1) - (a.total.v ?? -1) || a.name.localeCompare(b.name)),
		totals: Object.fromEntries(publicOutcomes.map((o) => [o, sheet.shown(totals[o])])) as Record<
			PublicOutcome,
			Shown
		>,
		grand: sheet.shown(grandId),
		medianDays: sheet.shown(median)
	});
}
