import { rkpdStages } from '$lib/schema/proposals';
import type { ResolvedFilters } from '$lib/schema/filters';
import { familyWhere, regionClause } from './filter-sql';
import { families } from './metrics';
import type { Sql } from './sql';

/** The map's metric ids, in picker order. */
export const mapMetricIds = [
	'visitors',
	'visitors_per_1000',
	'reach_per_1000',
	'attendance_pct',
	'on_site_pct',
	'unanswered_pct',
	'aid_kg_per_household',
	'aid_target_pct',
	'proposals_per_1000',
	'rkpd_pct',
	'days_since_visit'
] as const;
/** A map metric id. */
export type MapMetricId = (typeof mapMetricIds)[number];

/** How a map metric reads and which column holds its case count `n`. */
export interface MapMetric {
	id: MapMetricId;
	/** Column of the map query with the number of cases behind the value. */
	n: 'events' | 'slots' | 'requests' | 'distributions' | 'proposals';
	/** Percentages and other rates: below `MIN_CASES` cases the value is not judged. */
	rate: boolean;
	digits: number;
}

/** Fewest cases (events, scheduled agencies, requests, distributions, proposals) for a rate to be judged. */
export const MIN_CASES = 5;

/** Every map metric with its case column. */
export const mapMetrics: Record<MapMetricId, MapMetric> = {
	visitors: { id: 'visitors', n: 'events', rate: false, digits: 0 },
	visitors_per_1000: { id: 'visitors_per_1000', n: 'events', rate: false, digits: 1 },
	reach_per_1000: { id: 'reach_per_1000', n: 'requests', rate: false, digits: 1 },
	attendance_pct: { id: 'attendance_pct', n: 'slots', rate: true, digits: 1 },
	on_site_pct: { id: 'on_site_pct', n: 'requests', rate: true, digits: 1 },
	unanswered_pct: { id: 'unanswered_pct', n: 'requests', rate: true, digits: 1 },
	aid_kg_per_household: { id: 'aid_kg_per_household', n: 'distributions', rate: false, digits: 1 },
	aid_target_pct: { id: 'aid_target_pct', n: 'distributions', rate: true, digits: 1 },
	proposals_per_1000: { id: 'proposals_per_1000', n: 'proposals', rate: false, digits: 2 },
	rkpd_pct: { id: 'rkpd_pct', n: 'proposals', rate: true, digits: 1 },
	days_since_visit: { id: 'days_since_visit', n: 'events', rate: false, digits: 0 }
};

/** Map levels: kecamatan polygons (code length 8) or village polygons (13). */
export type MapLevel = 'district' | 'village';

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/**
 * Every map metric for each area (kecamatan or village) of the selected regency or kecamatan,
 * one row per area of `regions` (areas without any fact still get a row, with NULL values).
 * Columns: code, name, parent_code, population, households, events, slots, requests,
 * distributions, proposals, then one column per map metric id.
 */
export function mapQuery(f: ResolvedFilters, level: MapLevel): Sql {
	const len = level === 'village' ? 13 : 8;
	const region = f.district ?? f.regency;
	const w = (id: keyof typeof families) =>
		familyWhere(families[id], { program: f.program, region, from: f.from, to: f.to });
	const ev = w('events');
	const at = w('attendance');
	const rq = w('requests');
	const aid = w('aid');
	const pr = w('proposals');
	const reg = regionClause('v.code', region);
	const sql = `WITH areas AS (
  SELECT substr(v.code, 1, ${len}) AS code, sum(v.population) AS population, sum(v.households) AS households
  FROM regions v WHERE v.level = 'village' AND ${reg.sql} GROUP BY 1
), ev AS (
  SELECT substr(e.village_code, 1, ${len}) AS code, count(*) AS events, sum(e.visitors) AS visitors,
    max(e.date) AS last_visit
  FROM ${families.events.from} WHERE e.status = 'held' AND ${ev.sql} GROUP BY 1
), att AS (
  SELECT substr(e.village_code, 1, ${len}) AS code, count(*) AS slots,
    count(*) FILTER (WHERE a.status IN ('present', 'late')) AS attended
  FROM ${families.attendance.from} WHERE ${at.sql} GROUP BY 1
), rq AS (
  SELECT substr(r.village_code, 1, ${len}) AS code, sum(r.n) AS requests, sum(r.n_on_site) AS on_site,
    sum(r.n_unanswered) AS unanswered
  FROM ${families.requests.from} WHERE ${rq.sql} GROUP BY 1
), aid AS (
  SELECT substr(d.village_code, 1, ${len}) AS code, count(*) AS distributions,
    sum(d.quantity) FILTER (WHERE d.commodity = 'beras' AND d.unit = 'kg') AS rice_kg,
    sum(d.recipients) AS recipients, sum(d.target_recipients) AS target
  FROM ${families.aid.from} WHERE ${aid.sql} GROUP BY 1
), pr AS (
  SELECT substr(p.village_code, 1, ${len}) AS code, count(*) AS proposals,
    count(*) FILTER (WHERE p.stage IN (${list(rkpdStages)})) AS rkpd
  FROM ${families.proposals.from} WHERE ${pr.sql} GROUP BY 1
)
SELECT a.code, g.name, g.parent_code, a.population, a.households,
  coalesce(ev.events, 0) AS events, coalesce(att.slots, 0) AS slots,
  coalesce(rq.requests, 0) AS requests, coalesce(aid.distributions, 0) AS distributions,
  coalesce(pr.proposals, 0) AS proposals,
  CASE WHEN ev.events > 0 THEN coalesce(ev.visitors, 0) END AS visitors,
  CASE WHEN ev.events > 0 THEN 1000.0 * coalesce(ev.visitors, 0) / nullif(a.population, 0) END AS visitors_per_1000,
  1000.0 * coalesce(rq.requests, 0) / nullif(a.population, 0) AS reach_per_1000,
  100.0 * att.attended / nullif(att.slots, 0) AS attendance_pct,
  100.0 * rq.on_site / nullif(rq.requests, 0) AS on_site_pct,
  100.0 * rq.unanswered / nullif(rq.requests, 0) AS unanswered_pct,
  CASE WHEN aid.distributions > 0 THEN coalesce(aid.rice_kg, 0) / nullif(a.households, 0) END AS aid_kg_per_household,
  100.0 * aid.recipients / nullif(aid.target, 0) AS aid_target_pct,
  1000.0 * coalesce(pr.proposals, 0) / nullif(a.population, 0) AS proposals_per_1000,
  100.0 * pr.rkpd / nullif(pr.proposals, 0) AS rkpd_pct,
  date_diff('day', ev.last_visit, CAST(? AS DATE)) AS days_since_visit,
  strftime(ev.last_visit, '%Y-%m-%d') AS last_visit
FROM areas a
LEFT JOIN regions g ON g.code = a.code
LEFT JOIN ev ON ev.code = a.code
LEFT JOIN att ON att.code = a.code
LEFT JOIN rq ON rq.code = a.code
LEFT JOIN aid ON aid.code = a.code
LEFT JOIN pr ON pr.code = a.code
ORDER BY a.code`;
	return {
		sql,
		params: [
			...reg.params,
			...ev.params,
			...at.params,
			...rq.params,
			...aid.params,
			...pr.params,
			f.to
		]
	};
}
