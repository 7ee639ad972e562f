import { toCsv } from '$lib/components/csv';
import { publicOutcomes } from '$lib/queries/public-figures';
import type { AreaPage } from './model';
import type { Shown } from './suppress';

/** One figure of the CSV: section, item, detail, measure, value. */
type Line = [string, string, string, string, string | number | null];

/** A figure as the CSV writes it: suppressed ones stay suppressed ("<5" or "x"). */
export function csvFigure(s: Shown): string | number | null {
	return s.m === 'small' ? '<5' : s.m === 'hidden' ? 'x' : s.v;
}

/**
 * An area page's figures as long CSV (section, item, detail, measure, value), with the data's
 * date and source first. Exactly the figures the page shows, suppressed the same way.
 */
export function areaCsv(p: AreaPage, source: string): string {
	const f = csvFigure;
	const n = (v: number | null): Shown => ({ v, m: null });
	const lines: Line[] = [
		['meta', 'area', p.area.code, p.area.level, p.area.name],
		['meta', 'data_until', '', '', p.lastDay],
		['meta', 'source', '', '', source],
		['meta', 'synthetic', '', '', String(p.synthetic)],
		['meta', 'population', '', '', p.population],
		['summary', 'last_visit', '', '', p.lastVisit],
		['summary', 'next_visit', '', '', p.nextVisit],
		['summary', 'events_held', '', '', p.eventsHeld],
		['summary', 'visitors', '', '', f(p.visitors)],
		['summary', 'requests', '', '', f(p.requests.grand)],
		['summary', 'median_days_to_resolve', '', '', f(p.requests.medianDays)]
	];
	for (const e of p.events)
		lines.push(
			['event', e.date, e.place, 'status', e.status],
			['event', e.date, e.place, 'visitors', f(e.visitors)],
			['event', e.date, e.place, 'agencies_present', e.present],
			['event', e.date, e.place, 'agencies_scheduled', e.scheduled]
		);
	for (const l of [
		...p.requests.lines,
		{
			code: 'total',
			cells: p.requests.totals,
			total: p.requests.grand,
			medianDays: p.requests.medianDays
		}
	]) {
		for (const o of publicOutcomes) lines.push(['requests', l.code, o, 'requests', f(l.cells[o])]);
		lines.push(['requests', l.code, 'all', 'requests', f(l.total)]);
		lines.push(['requests', l.code, 'resolved', 'median_days', f(l.medianDays)]);
	}
	for (const m of p.aid ? [...p.aid.months, { ...p.aid.total, month: 'total' }] : [])
		lines.push(
			['aid', m.month, 'beras', 'kg', f(m.riceKg)],
			['aid', m.month, 'beras', 'recipients', f(m.riceRecipients)],
			['aid', m.month, 'beras', 'target_recipients', f(m.riceTarget)],
			['aid', m.month, 'susu', 'packages', f(m.milkPackages)],
			['aid', m.month, 'susu', 'recipients', f(m.milkRecipients)],
			['aid', m.month, 'susu', 'target_recipients', f(m.milkTarget)]
		);
	for (const s of p.proposals.stages) {
		lines.push(
			['proposals', s.stage, 'all', 'proposals', s.n],
			['proposals', s.stage, 'all', 'estimated_cost', s.cost]
		);
		for (const [c, k] of Object.entries(s.categories))
			lines.push(['proposals', s.stage, c, 'proposals', k]);
	}
	lines.push(
		['proposals_individual', 'all', '', 'proposals', f(p.proposals.individual.total)],
		['proposals_individual', 'all', '', 'reached_rkpd', f(p.proposals.individual.rkpd)]
	);
	for (const r of p.proposals.byRw)
		lines.push(
			['proposals_rw', r.rw, '', 'proposals', r.n],
			['proposals_rw', r.rw, '', 'reached_rkpd', r.n_rkpd],
			['proposals_rw', r.rw, '', 'estimated_cost', r.cost]
		);
	for (const c of p.children)
		lines.push(
			['area', c.area.code, c.area.name, 'requests', f(c.requests)],
			['area', c.area.code, c.area.name, 'requests_per_1000', f(c.per1000)],
			['area', c.area.code, c.area.name, 'events_held', c.eventsHeld],
			['area', c.area.code, c.area.name, 'population', f(n(c.population))]
		);
	for (const v of p.notVisited)
		lines.push(['not_visited_12m', v.code, v.name, 'last_visit', v.lastVisit]);
	return toCsv(lines, [
		{ header: 'section', value: (l) => l[0] },
		{ header: 'item', value: (l) => l[1] },
		{ header: 'detail', value: (l) => l[2] },
		{ header: 'measure', value: (l) => l[3] },
		{ header: 'value', value: (l) => l[4] }
	]);
}
