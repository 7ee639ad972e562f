import type { ResolvedFilters } from '$lib/schema/filters';
import { familyWhere, regionClause } from './filter-sql';
import { families } from './metrics';
import { requestBase } from './agency-metrics';
import type { Sql } from '$lib/sql';
import { calcSql, sqlCalc, type MetricRecord } from './metric';

/** The map's metric ids, in picker order. */
export const mapMetricIds = [
	'visitors',
	'visitors_per_1000',
	'reach_per_1000',
	'attendance_pct',
	'on_site_pct',
	'unanswered_pct',
	'aid_kg_per_household',
	'rice_target_pct',
	'milk_target_pct',
	'proposals_per_1000',
	'rkpd_pct',
	'days_since_visit'
] as const;
/** A map metric id. */
export type MapMetricId = (typeof mapMetricIds)[number];

/** A map metric: an expression over the map query's area sums, and its case count column `n`. */
export interface MapMetric extends MetricRecord<MapMetricId> {
	scope: 'map';
	/** Column of the map query with the number of cases behind the value. */
	n:
		'events' | 'slots' | 'requests' | 'distributions' | 'rice_target' | 'milk_target' | 'proposals';
	/** Percentages and other rates: below `MIN_CASES` cases the value is not judged. */
	rate: boolean;
}

/**
 * Fewest cases for a rate to be judged: the people or things the rate is computed from —
 * requests, households targeted (not distribution rows), scheduled agency slots, proposals.
 */
export const MIN_CASES = 5;

const map = { scope: 'map', better: 'up' } as const;
const pct = { ...map, unit: 'pct', digits: 1, rate: true } as const;
const per1000 = { ...map, unit: 'per_1000', digits: 1, rate: false } as const;

/**
 * Every map metric. `fx` holds an area's sums, `a` its population and households, `x` the
 * period's last day; the value is NULL where the area had nothing to measure.
 */
export const mapMetrics: Record<MapMetricId, MapMetric> = {
	visitors: {
		...map,
		id: 'visitors',
		calc: sqlCalc('CASE WHEN fx.events > 0 THEN coalesce(fx.visitors, 0) END'),
		unit: 'count',
		digits: 0,
		n: 'events',
		rate: false
	},
	visitors_per_1000: {
		...per1000,
		id: 'visitors_per_1000',
		calc: sqlCalc(
			'CASE WHEN fx.events > 0 THEN 1000.0 * coalesce(fx.visitors, 0) / nullif(a.population, 0) END'
		),
		n: 'events'
	},
	reach_per_1000: {
		...per1000,
		id: 'reach_per_1000',
		calc: sqlCalc('1000.0 * coalesce(fx.requests, 0) / nullif(a.population, 0)'),
		n: 'requests'
	},
	attendance_pct: {
		...pct,
		id: 'attendance_pct',
		calc: sqlCalc('100.0 * fx.attended / nullif(fx.slots, 0)'),
		n: 'slots'
	},
	on_site_pct: {
		...pct,
		id: 'on_site_pct',
		calc: sqlCalc('100.0 * fx.on_site / nullif(fx.requests, 0)'),
		n: 'requests'
	},
	unanswered_pct: {
		...pct,
		id: 'unanswered_pct',
		calc: sqlCalc('100.0 * fx.unanswered / nullif(fx.requests, 0)'),
		better: 'down',
		n: 'requests'
	},
	aid_kg_per_household: {
		...map,
		id: 'aid_kg_per_household',
		calc: sqlCalc(
			'CASE WHEN fx.distributions > 0 THEN coalesce(fx.rice_kg, 0) / nullif(a.households, 0) END'
		),
		unit: 'kg_per_household',
		digits: 1,
		n: 'distributions',
		rate: false
	},
	// Households reached against households targeted, one commodity each: rice and milk are
	// never pooled (a village short on rice must not look on target because milk is).
	rice_target_pct: {
		...pct,
		id: 'rice_target_pct',
		calc: sqlCalc('100.0 * fx.rice_recipients / nullif(fx.rice_target, 0)'),
		n: 'rice_target'
	},
	milk_target_pct: {
		...pct,
		id: 'milk_target_pct',
		calc: sqlCalc('100.0 * fx.milk_recipients / nullif(fx.milk_target, 0)'),
		n: 'milk_target'
	},
	proposals_per_1000: {
		...per1000,
		id: 'proposals_per_1000',
		calc: sqlCalc('1000.0 * coalesce(fx.proposals, 0) / nullif(a.population, 0)'),
		digits: 2,
		n: 'proposals'
	},
	rkpd_pct: {
		...pct,
		id: 'rkpd_pct',
		calc: sqlCalc('100.0 * fx.rkpd / nullif(fx.proposals, 0)'),
		n: 'proposals'
	},
	days_since_visit: {
		...map,
		id: 'days_since_visit',
		calc: sqlCalc(`date_diff('day', fx.last_visit, x.period_end)`),
		unit: 'days',
		digits: 0,
		better: 'down',
		n: 'events',
		rate: false
	}
};

/** Map levels: kecamatan polygons (code length 8) or village polygons (13). */
export type MapLevel = 'district' | 'village';

/**
 * Every map metric for each area (kecamatan or village) of the selected regency or kecamatan,
 * one row per area of `regions` (areas without any fact still get a row, with NULL values).
 * Columns: code, name, parent_code, population, households, events, slots, requests,
 * distributions, proposals, rice_target and milk_target (households targeted per commodity), then
 * one column per map metric id.
 */
export function mapQuery(f: ResolvedFilters, level: MapLevel): Sql {
	const len = level === 'village' ? 13 : 8;
	const region = f.district ?? f.regency;
	// One scan of the daily fact table (kecamatan-level when the map shows kecamatan).
	const fam = families.facts;
	const src = level === 'district' && fam.coarse ? { ...fam, ...fam.coarse } : fam;
	const w = familyWhere(src, { program: f.program, region, from: f.from, to: f.to });
	const reg = regionClause('v.code', region);
	const lastVisit =
		level === 'district' ? 'max(o.last_visit)' : 'max(o.day) FILTER (WHERE o.events_held > 0)';
	const agency = agencyCtes(f, len, region);
	const sql = `WITH areas AS (
  SELECT substr(v.code, 1, ${len}) AS code, sum(v.population) AS population, sum(v.households) AS households
  FROM regions v WHERE v.level = 'village' AND ${reg.sql} GROUP BY 1
), fx AS (
  SELECT substr(${src.village}, 1, ${len}) AS code,
    sum(o.events_held) AS events, sum(o.visitors) AS visitors, ${lastVisit} AS last_visit,
    sum(o.att_n) AS slots, sum(o.att_present) AS attended,
    sum(o.req_n) AS requests, sum(o.req_on_site) AS on_site, sum(o.req_unanswered) AS unanswered,
    sum(o.aid_n) AS distributions, sum(o.rice_kg) AS rice_kg,
    sum(o.rice_recipients) AS rice_recipients, sum(o.rice_target) AS rice_target,
    sum(o.milk_recipients) AS milk_recipients, sum(o.milk_target) AS milk_target,
    sum(o.proposals) AS proposals, sum(o.proposals_rkpd) AS rkpd
  FROM ${src.from} WHERE ${w.sql} GROUP BY 1
)${agency?.sql ?? ''}
SELECT a.code, g.name, g.parent_code, a.population, a.households,
  coalesce(fx.events, 0) AS events, coalesce(fx.slots, 0) AS slots,
  coalesce(fx.requests, 0) AS requests, coalesce(fx.distributions, 0) AS distributions,
  coalesce(fx.proposals, 0) AS proposals,
  coalesce(fx.rice_target, 0) AS rice_target, coalesce(fx.milk_target, 0) AS milk_target,
  ${mapMetricIds.map((id) => `${calcSql(mapMetrics[id])} AS ${id}`).join(',\n  ')},
  strftime(fx.last_visit, '%Y-%m-%d') AS last_visit
FROM areas a
CROSS JOIN (SELECT CAST(? AS DATE) AS period_end) x
LEFT JOIN regions g ON g.code = a.code
LEFT JOIN ${agency ? 'fxa' : 'fx'} fx ON fx.code = a.code
ORDER BY a.code`;
	return { sql, params: [...reg.params, ...w.params, ...(agency?.params ?? []), f.to] };
}

/**
 * With an agency filter, request and attendance figures are that agency's alone (from the
 * per-agency daily requests and the attendance rows); turnout, aid and proposals belong to no
 * agency and stay as they are. The CTE `fxa` is `fx` with those columns replaced.
 */
function agencyCtes(f: ResolvedFilters, len: number, region: string | undefined): Sql | null {
	if (!f.agency) return null;
	const opts = { program: f.program, region, from: f.from, to: f.to };
	const rq = familyWhere(families.requests, opts);
	const at = familyWhere(families.attendance, opts);
	const sql = `, ag_rq AS (
  SELECT substr(r.village_code, 1, ${len}) AS code, ${requestBase.n} AS requests, ${requestBase.n_on_site} AS on_site,
    ${requestBase.n_unanswered} AS unanswered
  FROM ${families.requests.from} WHERE ${rq.sql} AND r.agency_code = ? GROUP BY 1
), ag_at AS (
  SELECT substr(e.village_code, 1, ${len}) AS code, count(*) AS slots,
    count(*) FILTER (WHERE a.status IN ('present', 'late')) AS attended
  FROM ${families.attendance.from} WHERE ${at.sql} AND a.agency_code = ? GROUP BY 1
), fxa AS (
  SELECT fx.* REPLACE (coalesce(ag_rq.requests, 0) AS requests, ag_rq.on_site AS on_site,
    ag_rq.unanswered AS unanswered, coalesce(ag_at.slots, 0) AS slots, ag_at.attended AS attended)
  FROM fx LEFT JOIN ag_rq ON ag_rq.code = fx.code LEFT JOIN ag_at ON ag_at.code = fx.code
)`;
	return { sql, params: [...rq.params, f.agency, ...at.params, f.agency] };
}
