import type { ResolvedFilters } from '$lib/schema/filters';
import { attendanceBase, backlogBuckets, requestBase } from './agency-metrics';
import { familyWhere } from './filter-sql';
import { families, type Family } from './metrics';
import { selectedRegion } from './area';
import type { Sql } from '$lib/sql';

function where(fam: Family, f: ResolvedFilters, agencyColumn: string, agency: string): Sql {
	const w = familyWhere(fam, {
		program: f.program,
		region: selectedRegion(f),
		from: f.from,
		to: f.to,
		kind: f.kind,
		channel: f.channel
	});
	return { sql: `${agencyColumn} = ? AND ${w.sql}`, params: [agency, ...w.params] };
}

/** One agency's months: attendance rate, requests and % of forwarded resolved (columns: month, …). */
export function agencyTrendQuery(f: ResolvedFilters, agency: string): Sql {
	const a = where(families.attendance, f, 'a.agency_code', agency);
	const r = where(families.requests, f, 'r.agency_code', agency);
	return {
		sql: `WITH att AS (
  SELECT strftime(e.date, '%Y-%m') AS month,
    100.0 * ${attendanceBase.att_ok} / nullif(${attendanceBase.att_n}, 0) AS attendance_rate
  FROM ${families.attendance.from} WHERE ${families.attendance.where} AND ${a.sql} GROUP BY 1
), req AS (
  SELECT strftime(r.day, '%Y-%m') AS month, ${requestBase.n} AS requests,
    100.0 * ${requestBase.n_resolved} / nullif(${requestBase.n_forwarded}, 0) AS forwarded_resolved_pct
  FROM ${families.requests.from} WHERE ${r.sql} GROUP BY 1
)
SELECT month, attendance_rate, coalesce(requests, 0) AS requests, forwarded_resolved_pct
FROM att FULL JOIN req USING (month) ORDER BY month`,
		params: [...a.params, ...r.params]
	};
}

/** One agency's requests by service (complaints and questions by kind), most asked first. */
export function agencyServicesQuery(f: ResolvedFilters, agency: string): Sql {
	const w = where(families.requests, f, 'r.agency_code', agency);
	return {
		sql: `SELECT coalesce(r.service_code, '') AS service_code, r.kind, any_value(s.name) AS service_name,
  ${requestBase.n} AS requests,
  100.0 * ${requestBase.n_on_site} / ${requestBase.n} AS resolved_on_site_pct,
  ${requestBase.n_unanswered} AS unanswered
FROM ${families.requests.from} LEFT JOIN services s ON s.code = r.service_code
WHERE ${w.sql}
GROUP BY 1, 2 ORDER BY requests DESC, service_code, r.kind`,
		params: w.params
	};
}

/** Villages one agency's requests come from, ranked by requests (with kecamatan names). */
export function agencyVillagesQuery(f: ResolvedFilters, agency: string): Sql {
	const w = where(families.requests, f, 'r.agency_code', agency);
	return {
		sql: `SELECT r.village_code, any_value(v.name) AS village, any_value(d.name) AS district,
  ${requestBase.n} AS requests,
  100.0 * ${requestBase.n_resolved} / nullif(${requestBase.n_forwarded}, 0) AS forwarded_resolved_pct,
  ${requestBase.n_unanswered} AS unanswered
FROM ${families.requests.from}
LEFT JOIN regions v ON v.code = r.village_code
LEFT JOIN regions d ON d.code = v.parent_code
WHERE ${w.sql}
GROUP BY r.village_code ORDER BY requests DESC, r.village_code`,
		params: w.params
	};
}

/**
 * One agency's open backlog (forwarded or in progress, received in the period) by age in
 * calendar days up to `asOf`, the last day of data. Counts only, every bucket present.
 */
export function agencyBacklogQuery(f: ResolvedFilters, agency: string, asOf: string): Sql {
	const w = where(families.requests, f, 'r.agency_code', agency);
	const cases = backlogBuckets.map((b) => `WHEN age <= ${b.to ?? 1e9} THEN '${b.id}'`).join(' ');
	const values = backlogBuckets.map((b, i) => `('${b.id}', ${i})`).join(', ');
	return {
		sql: `WITH open AS (
  SELECT date_diff('day', r.day, CAST(? AS DATE)) AS age, r.n_open
  FROM ${families.requests.from} WHERE r.n_open > 0 AND ${w.sql}
), g AS (
  SELECT CASE ${cases} END AS bucket, sum(n_open) AS n FROM open GROUP BY 1
)
SELECT b.bucket, coalesce(g.n, 0) AS n FROM (VALUES ${values}) b(bucket, ord)
LEFT JOIN g USING (bucket) ORDER BY b.ord`,
		params: [asOf, ...w.params]
	};
}
