import { sqlCalc, type MetricRecord } from './metric';

/** The fact tables a metric is computed from, with the columns filters apply to. */
export interface Family {
	id: 'events' | 'attendance' | 'requests' | 'resolution' | 'aid' | 'proposals' | 'facts';
	from: string;
	where?: string;
	date: string;
	/** True when `date` is a TIMESTAMP (the period end then is exclusive, next midnight). */
	timestamp: boolean;
	village: string;
	program: string;
	/** Request kind and channel columns, when the family has them (the kind / channel filters). */
	kind?: string;
	channel?: string;
	/** The first day of the month of `date`, when the table stores it (saves a per-row function). */
	month?: string;
	/** A kecamatan-level summary with the same columns, read when no kecamatan is selected. */
	coarse?: { from: string; village: string };
}

/** Fact-table families, keyed by id. */
export const families: Record<Family['id'], Family> = {
	events: {
		id: 'events',
		from: 'events e',
		date: 'e.date',
		timestamp: false,
		village: 'e.village_code',
		program: 'e.program'
	},
	attendance: {
		id: 'attendance',
		from: 'event_agencies a JOIN events e ON a.event_id = e.event_id',
		where: `e.status = 'held'`,
		date: 'e.date',
		timestamp: false,
		village: 'e.village_code',
		program: 'e.program'
	},
	requests: {
		id: 'requests',
		from: 'requests_daily r',
		date: 'r.day',
		month: 'r.month',
		timestamp: false,
		village: 'r.village_code',
		program: 'r.program',
		kind: 'r.kind',
		channel: 'r.channel',
		coarse: { from: 'requests_daily_district r', village: 'r.district_code' }
	},
	resolution: {
		id: 'resolution',
		from: 'resolution_days h',
		date: 'h.day',
		month: 'h.month',
		timestamp: false,
		village: 'h.village_code',
		program: 'h.program',
		kind: 'h.kind',
		channel: 'h.channel',
		coarse: { from: 'resolution_days_district h', village: 'h.district_code' }
	},
	aid: {
		id: 'aid',
		from: 'aid_distributions d',
		date: 'd.date',
		timestamp: false,
		village: 'd.village_code',
		program: 'd.program'
	},
	proposals: {
		id: 'proposals',
		from: 'proposals p',
		date: 'p.submitted_at',
		timestamp: false,
		village: 'p.village_code',
		program: 'p.program'
	},
	facts: {
		id: 'facts',
		from: 'daily_facts o',
		date: 'o.day',
		month: 'o.month',
		timestamp: false,
		village: 'o.village_code',
		program: 'o.program',
		coarse: { from: 'daily_facts_district o', village: 'o.district_code' }
	}
};

/** An overview KPI: a metric over one fact-table family. */
export interface KpiMetric<Id extends string = string> extends MetricRecord<Id> {
	scope: 'kpi';
	family: Family['id'];
}

const count = { scope: 'kpi', unit: 'count', digits: 0 } as const;
const pct = { scope: 'kpi', unit: 'pct', digits: 1 } as const;

const kpis = [
	{
		...count,
		id: 'events_held',
		family: 'facts',
		calc: sqlCalc(`coalesce(sum(o.events_held), 0)`),
		better: 'up'
	},
	{
		...count,
		id: 'visitors',
		family: 'facts',
		calc: sqlCalc(`coalesce(sum(o.visitors), 0)`),
		better: 'up'
	},
	{
		...count,
		id: 'requests',
		family: 'facts',
		calc: sqlCalc(`coalesce(sum(o.req_n), 0)`),
		better: 'up'
	},
	{
		...pct,
		id: 'resolved_on_site_pct',
		family: 'facts',
		calc: sqlCalc(`100.0 * sum(o.req_on_site) / nullif(sum(o.req_n), 0)`),
		better: 'up'
	},
	{
		...pct,
		id: 'forwarded_resolved_pct',
		family: 'facts',
		calc: sqlCalc(`100.0 * sum(o.req_resolved) / nullif(sum(o.req_forwarded), 0)`),
		better: 'up'
	},
	{
		id: 'median_days_to_resolve',
		scope: 'kpi',
		family: 'resolution',
		calc: { kind: 'median_from_histogram', value: 'days' },
		unit: 'days',
		digits: 1,
		better: 'down'
	},
	{
		...pct,
		id: 'unanswered_pct',
		family: 'facts',
		calc: sqlCalc(`100.0 * sum(o.req_unanswered) / nullif(sum(o.req_n), 0)`),
		better: 'down'
	},
	{
		...pct,
		id: 'attendance_rate',
		family: 'facts',
		calc: sqlCalc(`100.0 * sum(o.att_present) / nullif(sum(o.att_n), 0)`),
		better: 'up'
	},
	{
		id: 'rice_t',
		scope: 'kpi',
		family: 'facts',
		calc: sqlCalc(`coalesce(sum(o.rice_kg), 0) / 1000.0`),
		unit: 'tonnes',
		digits: 1,
		better: 'up'
	},
	{
		id: 'milk_packages',
		scope: 'kpi',
		family: 'facts',
		calc: sqlCalc(`coalesce(sum(o.milk_packages), 0)`),
		unit: 'packages',
		digits: 0,
		better: 'up'
	},
	{
		...count,
		id: 'proposals',
		family: 'facts',
		calc: sqlCalc(`coalesce(sum(o.proposals), 0)`),
		better: 'up'
	},
	{
		...pct,
		id: 'rkpd_pct',
		family: 'facts',
		calc: sqlCalc(`100.0 * sum(o.proposals_rkpd) / nullif(sum(o.proposals), 0)`),
		better: 'up'
	}
] as const satisfies readonly KpiMetric[];

/** An overview KPI id. */
export type KpiId = (typeof kpis)[number]['id'];

/** Every overview KPI, in display order. */
export const metrics: readonly KpiMetric<KpiId>[] = kpis;

/** Looks a metric up by id. */
export function metricById(id: string): KpiMetric<KpiId> | undefined {
	return metrics.find((m) => m.id === id);
}
