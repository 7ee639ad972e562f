import type { ResolvedFilters } from '$lib/schema/filters';
import {
	agencyMetricById,
	backlogBuckets,
	FOLLOW_UP_WORKING_DAYS,
	requestBase
} from './agency-metrics';
import { familyWhere, type Clause } from './filter-sql';
import { histogramStatsSql } from './histogram';
import { calcSql } from './metric';
import { families } from './metrics';
import { selectedRegion } from './area';
import { workingDaysSql } from './summaries';
import type { Row, Sql } from '$lib/sql';

/** What the requests page breaks figures down by. */
export type RequestBreakdown = 'agency' | 'service';

/** Rates of the requests page: the agencies table's own definitions (one per rate). */
export const requestRates = [
	'resolved_on_site_pct',
	'forwarded_resolved_pct',
	'unanswered_pct',
	'resolved_within_5wd_pct'
] as const;

/**
 * Requests a rate must be computed from before it is shown ("too few to judge"): the people
 * behind a rate, never rows of a summary table. Each rate names its denominator in
 * `rateBase`.
 */
export const MIN_REQUESTS = 20;

/** The count each rate is computed from (its denominator). */
export const rateBase: Record<(typeof requestRates)[number] | 'median_days', string> = {
	resolved_on_site_pct: 'n',
	forwarded_resolved_pct: 'n_forwarded',
	unanswered_pct: 'n',
	resolved_within_5wd_pct: 'n_forwarded',
	median_days: 'res_n'
};

const where = (fam: (typeof families)['requests'], f: ResolvedFilters) =>
	familyWhere(fam, {
		program: f.program,
		region: selectedRegion(f),
		from: f.from,
		to: f.to,
		kind: f.kind,
		channel: f.channel
	});

/** The agency condition (`?agency=`, click to filter) on a request family, or none. */
function agencyClause(alias: 'r' | 'h', agency: string | undefined): Clause {
	return agency
		? { sql: ` AND ${alias}.agency_code = ?`, params: [agency] }
		: { sql: '', params: [] };
}

/**
 * The request lifecycle and resolution times per agency or per service, with a total row
 * (`key` NULL): received, resolved on site, forwarded, resolved, open, unanswered, rejected;
 * resolved count, median and 90th-percentile days to resolve, resolved within 5 working days;
 * and the rates of `requestRates`. By service, only requests for a service are counted, of the
 * agency chosen (`f.agency`) if any; by agency, every agency stays (the chosen one among them).
 */
export function requestBreakdownQuery(f: ResolvedFilters, by: RequestBreakdown): Sql {
	const agency = by === 'service' ? f.agency : undefined;
	const r = where(families.requests, f);
	const h = where(families.resolution, f);
	const ra = agencyClause('r', agency);
	const ha = agencyClause('h', agency);
	const col = by === 'agency' ? 'agency_code' : 'service_code';
	const only = by === 'service' ? `${col} IS NOT NULL AND ` : '';
	const names =
		by === 'agency'
			? `LEFT JOIN agencies d ON d.code = x.key`
			: `LEFT JOIN services d ON d.code = x.key`;
	const base = Object.entries({ ...requestBase, n_rejected: 'sum(r.n_rejected)' })
		.map(([k, v]) => `${v} AS ${k}`)
		.join(', ');
	return {
		sql: `WITH req AS (
  SELECT r.${col} AS key, ${base}
  FROM ${families.requests.from} WHERE ${only}${r.sql}${ra.sql}
  GROUP BY GROUPING SETS ((r.${col}), ())
), hist AS (
  SELECT h.${col} AS key, h.days, sum(h.n) AS n,
    coalesce(sum(h.n) FILTER (WHERE ${workingDaysSql('h.day', 'h.days')} <= ${FOLLOW_UP_WORKING_DAYS}), 0) AS within
  FROM ${families.resolution.from} WHERE ${only}${h.sql}${ha.sql}
  GROUP BY GROUPING SETS ((h.${col}, h.days), (h.days))
), res AS (
  SELECT key, sum(n) AS res_n, sum(within) AS res_within FROM hist GROUP BY key
), stats AS (${histogramStatsSql('hist', ['key'])})
SELECT x.key, coalesce(d.name, x.key) AS name, x.n, x.n_on_site, x.n_forwarded, x.n_resolved,
  x.n_open, x.n_unanswered, x.n_rejected, coalesce(res.res_n, 0) AS res_n,
  coalesce(res.res_within, 0) AS res_within, stats.median_days, stats.p90_days,
  ${requestRates.map((id) => `${calcSql(agencyMetricById(id)!)} AS ${id}`).join(',\n  ')}
FROM (SELECT * FROM req) x
LEFT JOIN res ON res.key IS NOT DISTINCT FROM x.key
LEFT JOIN stats ON stats.key IS NOT DISTINCT FROM x.key
${names}
ORDER BY x.key NULLS FIRST`,
		params: [...r.params, ...ra.params, ...h.params, ...ha.params]
	};
}

/**
 * Open requests (forwarded or in progress, received in the period) by age in calendar days up
 * to `asOf` and by agency (with its name), with a total per bucket (`agency_code` NULL); only
 * the agency chosen (`f.agency`) if any.
 */
export function backlogByAgencyQuery(f: ResolvedFilters, asOf: string): Sql {
	const w = where(families.requests, f);
	const a = agencyClause('r', f.agency);
	const cases = backlogBuckets.map((b) => `WHEN age <= ${b.to ?? 1e9} THEN '${b.id}'`).join(' ');
	return {
		sql: `WITH open AS (
  SELECT r.agency_code, date_diff('day', r.day, CAST(? AS DATE)) AS age, r.n_open
  FROM ${families.requests.from} WHERE r.n_open > 0 AND ${w.sql}${a.sql}
), g AS (
  SELECT agency_code, CASE ${cases} END AS bucket, sum(n_open) AS n
  FROM open GROUP BY GROUPING SETS ((agency_code, bucket), (bucket))
)
SELECT g.agency_code, ag.name, g.bucket, g.n FROM g LEFT JOIN agencies ag ON ag.code = g.agency_code
ORDER BY g.agency_code NULLS FIRST, g.bucket`,
		params: [asOf, ...w.params, ...a.params]
	};
}

/** A rate of a breakdown row, or null when it rests on fewer than `MIN_REQUESTS` requests. */
export function judgedRate(row: Row, id: keyof typeof rateBase): number | null {
	const v = row[id];
	return typeof v === 'number' && Number(row[rateBase[id]]) >= MIN_REQUESTS ? v : null;
}
