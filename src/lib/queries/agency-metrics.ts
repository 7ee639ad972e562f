import { sqlCalc, type MetricRecord } from './metric';
import { forwardedSql, requestsSql } from './request-counts';

/**
 * Agency (OPD) metrics: every figure of the agencies table, agency page and evaluation report is
 * defined here once — the base aggregates over the fact tables, then each metric as an expression
 * over those aggregates, with its unit, decimals and direction (words: the i18n files).
 */

/** Working days a forwarded request may take under the SP4N-LAPOR follow-up standard. */
export const FOLLOW_UP_WORKING_DAYS = 5;

/** Age buckets (calendar days since receipt) of the open-request backlog: [from, to] included. */
export const backlogBuckets: { id: string; from: number; to: number | null }[] = [
	{ id: '0-7', from: 0, to: 7 },
	{ id: '8-30', from: 8, to: 30 },
	{ id: '31-90', from: 31, to: 90 },
	{ id: '91-180', from: 91, to: 180 },
	{ id: '181+', from: 181, to: null }
];

/** Base aggregates of attendance rows (`a` event_agencies joined with held `e` events). */
export const attendanceBase = {
	att_n: 'count(*)',
	att_ok: `count(*) FILTER (WHERE a.status IN ('present', 'late'))`,
	att_absent: `count(*) FILTER (WHERE a.status = 'absent')`
} as const;

/** Base aggregates of the daily request summary `r` (requests_daily; totals: `request-counts.ts`). */
export const requestBase = {
	n: `sum(${requestsSql('r')})`,
	n_on_site: 'sum(r.n_on_site)',
	n_forwarded: `sum(${forwardedSql('r')})`,
	n_resolved: 'sum(r.n_resolved)',
	n_unanswered: 'sum(r.n_unanswered)',
	n_open: 'sum(r.n_open)',
	n_rated: 'sum(r.n_rated)',
	satisfaction_sum: 'sum(r.satisfaction_sum)'
} as const;

/** Base aggregates of the resolution histogram `h` (resolution_days). */
export const resolutionBase = {
	res_n: 'sum(h.n)',
	res_within: `coalesce(sum(h.n) FILTER (WHERE h.working_days <= ${FOLLOW_UP_WORKING_DAYS}), 0)`
} as const;

/** An agency metric: an expression over the base aggregates (or a histogram median). */
export interface AgencyMetric<Id extends string = string> extends MetricRecord<Id> {
	scope: 'agency';
	/** Whether the agencies table shows its change against the previous period. */
	delta: boolean;
}

const count = { scope: 'agency', unit: 'count', digits: 0, delta: false } as const;
const pct = { scope: 'agency', unit: 'pct', digits: 1, delta: false } as const;

const list = [
	{ ...count, id: 'events_scheduled', calc: sqlCalc('coalesce(att_n, 0)'), better: null },
	{ ...count, id: 'events_attended', calc: sqlCalc('coalesce(att_ok, 0)'), better: 'up' },
	{
		...pct,
		id: 'attendance_rate',
		calc: sqlCalc('100.0 * att_ok / nullif(att_n, 0)'),
		better: 'up',
		delta: true
	},
	{
		...count,
		id: 'absences',
		calc: sqlCalc('coalesce(att_absent, 0)'),
		better: 'down',
		delta: true
	},
	{
		...count,
		id: 'longest_absence_run',
		calc: sqlCalc('coalesce(longest_absence_run, 0)'),
		better: 'down'
	},
	{ ...count, id: 'requests', calc: sqlCalc('coalesce(n, 0)'), better: null, delta: true },
	{
		...pct,
		id: 'resolved_on_site_pct',
		calc: sqlCalc('100.0 * n_on_site / nullif(n, 0)'),
		better: 'up'
	},
	{
		...pct,
		id: 'forwarded_pct',
		calc: sqlCalc('100.0 * n_forwarded / nullif(n, 0)'),
		better: null
	},
	{
		...pct,
		id: 'forwarded_resolved_pct',
		calc: sqlCalc('100.0 * n_resolved / nullif(n_forwarded, 0)'),
		better: 'up',
		delta: true
	},
	{
		id: 'median_days_to_resolve',
		scope: 'agency',
		calc: { kind: 'median_from_histogram', value: 'days' },
		unit: 'days',
		digits: 1,
		better: 'down',
		delta: false
	},
	{
		...pct,
		id: 'resolved_within_5wd_pct',
		calc: sqlCalc('100.0 * coalesce(res_within, 0) / nullif(n_forwarded, 0)'),
		better: 'up',
		delta: true
	},
	{ ...count, id: 'unanswered', calc: sqlCalc('coalesce(n_unanswered, 0)'), better: 'down' },
	{
		...pct,
		id: 'unanswered_pct',
		calc: sqlCalc('100.0 * n_unanswered / nullif(n, 0)'),
		better: 'down',
		delta: true
	},
	{ ...count, id: 'overdue', calc: sqlCalc('coalesce(n_overdue, 0)'), better: 'down' },
	{
		id: 'satisfaction_mean',
		scope: 'agency',
		calc: sqlCalc('1.0 * satisfaction_sum / nullif(n_rated, 0)'),
		unit: 'score',
		digits: 2,
		better: 'up',
		delta: false
	}
] as const satisfies readonly AgencyMetric[];

/** An agency metric id. */
export type AgencyMetricId = (typeof list)[number]['id'];

/** Every agency metric, in table order. Percentages are 0–100; counts are 0 when there is nothing. */
export const agencyMetrics: readonly AgencyMetric<AgencyMetricId>[] = list;

/** Looks an agency metric up by id. */
export function agencyMetricById(id: string): AgencyMetric<AgencyMetricId> | undefined {
	return agencyMetrics.find((m) => m.id === id);
}
