import { areaCodeLength, selectedRegion } from '../../src/lib/queries/area.ts';
import { regionClause } from '../../src/lib/queries/filter-sql.ts';
import { previousPeriod } from '../../src/lib/queries/period.ts';
import { rkpdStages } from '../../src/lib/schema/proposals.ts';
import { forwardedStatuses } from '../../src/lib/schema/requests.ts';
import type { ResolvedFilters } from '../../src/lib/schema/filters.ts';
import { literalList as list, type Sql } from '../../src/lib/sql.ts';

/** Every raw record the overview counts, one row each, with the columns its figures add up. */
const records = `SELECT program, date AS day, village_code, 1 AS events_held, visitors
  FROM events WHERE status = 'held'
UNION ALL BY NAME
SELECT e.program, e.date AS day, e.village_code, 1 AS att_n,
  CASE WHEN a.status IN ('present', 'late') THEN 1 ELSE 0 END AS att_present
  FROM event_agencies a JOIN events e ON a.event_id = e.event_id WHERE e.status = 'held'
UNION ALL BY NAME
SELECT program, CAST(received_at AS DATE) AS day, citizen_village_code AS village_code, 1 AS req_n,
  (status = 'resolved_on_site')::INTEGER AS req_on_site,
  (status IN (${list(forwardedStatuses)}))::INTEGER AS req_forwarded,
  (status = 'resolved')::INTEGER AS req_resolved, (status = 'unanswered')::INTEGER AS req_unanswered,
  CASE WHEN status = 'resolved' AND resolved_at IS NOT NULL
    THEN date_diff('day', CAST(received_at AS DATE), CAST(resolved_at AS DATE)) END AS days
  FROM requests
UNION ALL BY NAME
SELECT program, date AS day, village_code,
  CASE WHEN commodity = 'beras' AND unit = 'kg' THEN quantity END AS rice_kg,
  CASE WHEN commodity = 'susu' AND unit = 'paket' THEN quantity END AS milk_packages
  FROM aid_distributions
UNION ALL BY NAME
SELECT program, submitted_at AS day, village_code, 1 AS proposals,
  (stage IN (${list(rkpdStages)}))::INTEGER AS proposals_rkpd
  FROM proposals`;

/**
 * The overview's question asked of the raw contract tables (no derived table, no cube): every
 * figure for the current period in total, per month and per child area, and the previous period
 * in total, in `overviewQuery`'s columns. The benchmark's native baseline and the tests'
 * reference for the derived tables and cubes.
 */
export function rawOverviewQuery(f: ResolvedFilters): Sql {
	const prev = previousPeriod(f.from, f.to);
	const region = regionClause('village_code', selectedRegion(f));
	const program = f.program
		? { sql: 'program = ?', params: [f.program] }
		: { sql: 'TRUE', params: [] };
	const sql = `WITH r AS (${records}), g AS (
  SELECT CASE WHEN day >= CAST(? AS DATE) THEN 'cur' ELSE 'prev' END AS period,
    date_trunc('month', day) AS month, substr(village_code, 1, ${areaCodeLength(f)}) AS area,
    coalesce(sum(events_held), 0) AS events_held, coalesce(sum(visitors), 0) AS visitors,
    coalesce(sum(req_n), 0) AS requests,
    100.0 * sum(req_on_site) / nullif(sum(req_n), 0) AS resolved_on_site_pct,
    100.0 * sum(req_resolved) / nullif(sum(req_forwarded), 0) AS forwarded_resolved_pct,
    median(days) AS median_days_to_resolve,
    100.0 * sum(req_unanswered) / nullif(sum(req_n), 0) AS unanswered_pct,
    100.0 * sum(att_present) / nullif(sum(att_n), 0) AS attendance_rate,
    coalesce(sum(rice_kg), 0) / 1000.0 AS rice_t, coalesce(sum(milk_packages), 0) AS milk_packages,
    coalesce(sum(proposals), 0) AS proposals,
    100.0 * sum(proposals_rkpd) / nullif(sum(proposals), 0) AS rkpd_pct
  FROM r
  WHERE day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND (${program.sql}) AND (${region.sql})
  GROUP BY GROUPING SETS ((period), (period, month), (period, area))
  HAVING period = 'cur' OR GROUPING(month, area) = 3
)
SELECT period, CASE WHEN month IS NOT NULL THEN 'month' WHEN area IS NOT NULL THEN 'area' ELSE 'total' END AS kind,
  coalesce(strftime(month, '%Y-%m'), area, '') AS key, * EXCLUDE (period, month, area)
FROM g`;
	return { sql, params: [f.from, prev.from, f.to, ...program.params, ...region.params] };
}
