import { rkpdStages } from '$lib/schema/proposals';
import { literalList as list } from '$lib/sql';
import { cubeTables } from './cube-tables';
import { forwardedSql, requestsSql } from './request-counts';

/**
 * Weekdays (Mon–Fri) after `start` up to and including `start + days`: whole weeks count five,
 * and of the remaining `r = days % 7` days those falling on a Saturday or Sunday are taken off.
 * With `w` the weekday of `start` (0 = Monday), the remaining days sit at positions `w + 1 …
 * w + r` (at most 12), and the weekend ones among them are 5, 6 and 12. Plain arithmetic, so a
 * query can compute it per row instead of the data file storing it. Public holidays are not
 * known to the data and are not skipped.
 */
export function workingDaysSql(start: string, days: string): string {
	const w = `(isodow(${start}) - 1)`;
	const r = `(${days} % 7)`;
	return `((${days} // 7) * 5 + ${r} - ((${w} <= 4 AND ${w} + ${r} >= 5)::INTEGER + (${w} <= 5 AND ${w} + ${r} >= 6)::INTEGER + (${w} + ${r} >= 12)::INTEGER))`;
}

/**
 * Derived tables written into the data file next to the contract tables. They hold no new
 * facts: every figure is a count over `requests`, so pages aggregate a few hundred thousand
 * rows instead of millions. Built by the data writer (demo generator and importer) and by the
 * unit-test fixture, always from this one definition. Rows are ordered by program, month and the
 * dimensions, the day last: long runs of equal values compress best (the gzipped analytics file
 * is about 8 % smaller than in day order) and a period still skips row groups by month.
 */
export const summaryTables: { name: string; sql: string }[] = [
	{
		name: 'requests_daily',
		// One count per outcome; the totals are sums of them (`request-counts.ts`), not columns.
		sql: `CREATE TABLE requests_daily AS
SELECT program, CAST(received_at AS DATE) AS day, CAST(date_trunc('month', received_at) AS DATE) AS month,
  citizen_village_code AS village_code, agency_code, kind, channel, service_code,
  count(*) FILTER (WHERE status = 'resolved_on_site')::INTEGER AS n_on_site,
  count(*) FILTER (WHERE status = 'resolved')::INTEGER AS n_resolved,
  count(*) FILTER (WHERE status = 'unanswered')::INTEGER AS n_unanswered,
  count(*) FILTER (WHERE status IN ('forwarded', 'in_progress'))::INTEGER AS n_open,
  count(*) FILTER (WHERE status = 'rejected')::INTEGER AS n_rejected,
  count(satisfaction)::INTEGER AS n_rated,
  coalesce(sum(satisfaction), 0)::INTEGER AS satisfaction_sum
FROM requests
GROUP BY ALL
ORDER BY program, month, village_code, agency_code, service_code, kind, channel, day`
	},
	{
		name: 'resolution_days',
		// Working days are not stored: queries take them from `day` and `days` (`workingDaysSql`).
		// The column cost 1.4 of the 6.6 MB this table weighs compressed at 10M requests.
		sql: `CREATE TABLE resolution_days AS
SELECT program, day, CAST(date_trunc('month', day) AS DATE) AS month, village_code, agency_code, kind, channel,
  service_code, days, count(*)::INTEGER AS n
FROM (
  SELECT program, CAST(received_at AS DATE) AS day, citizen_village_code AS village_code, agency_code,
    kind, channel, service_code, date_diff('day', CAST(received_at AS DATE), CAST(resolved_at AS DATE))::INTEGER AS days
  FROM requests WHERE status = 'resolved' AND resolved_at IS NOT NULL
)
GROUP BY ALL
ORDER BY program, month, village_code, agency_code, service_code, kind, channel, day, days`
	},
	{
		name: 'requests_daily_district',
		sql: `CREATE TABLE requests_daily_district AS
SELECT program, day, month, substr(village_code, 1, 8) AS district_code, kind, channel,
  sum(n_on_site)::INTEGER AS n_on_site, sum(n_resolved)::INTEGER AS n_resolved, sum(n_unanswered)::INTEGER AS n_unanswered,
  sum(n_open)::INTEGER AS n_open, sum(n_rejected)::INTEGER AS n_rejected,
  sum(n_rated)::INTEGER AS n_rated, sum(satisfaction_sum)::INTEGER AS satisfaction_sum
FROM requests_daily
GROUP BY ALL
ORDER BY program, month, district_code, kind, channel, day`
	},
	{
		name: 'daily_facts',
		// One row per program, day and village with every additive figure the overview needs:
		// events and attendance by host village, requests by the citizen's village, aid and
		// proposals by village. One table means one small query plan for the whole overview.
		sql: `CREATE TABLE daily_facts AS
WITH ev AS (
  SELECT program, date AS day, village_code,
    count(*) FILTER (WHERE status = 'held')::INTEGER AS events_held,
    sum(visitors) FILTER (WHERE status = 'held')::INTEGER AS visitors
  FROM events GROUP BY ALL
), att AS (
  SELECT e.program, e.date AS day, e.village_code, count(*)::INTEGER AS att_n,
    count(*) FILTER (WHERE a.status IN ('present', 'late'))::INTEGER AS att_present
  FROM event_agencies a JOIN events e ON a.event_id = e.event_id
  WHERE e.status = 'held' GROUP BY ALL
), req AS (
  SELECT program, day, village_code, sum(${requestsSql()})::INTEGER AS req_n,
    sum(n_on_site)::INTEGER AS req_on_site, sum(${forwardedSql()})::INTEGER AS req_forwarded, sum(n_resolved)::INTEGER AS req_resolved,
    sum(n_unanswered)::INTEGER AS req_unanswered
  FROM requests_daily GROUP BY ALL
), aid AS (
  SELECT program, date AS day, village_code,
    sum(quantity) FILTER (WHERE commodity = 'beras' AND unit = 'kg') AS rice_kg,
    sum(quantity) FILTER (WHERE commodity = 'susu' AND unit = 'paket') AS milk_packages,
    count(*)::INTEGER AS aid_n,
    -- Households reached and targeted per commodity: never pooled across rice and milk.
    sum(recipients) FILTER (WHERE commodity = 'beras')::INTEGER AS rice_recipients,
    sum(target_recipients) FILTER (WHERE commodity = 'beras')::INTEGER AS rice_target,
    sum(recipients) FILTER (WHERE commodity = 'susu')::INTEGER AS milk_recipients,
    sum(target_recipients) FILTER (WHERE commodity = 'susu')::INTEGER AS milk_target
  FROM aid_distributions GROUP BY ALL
), pro AS (
  SELECT program, submitted_at AS day, village_code, count(*)::INTEGER AS proposals,
    count(*) FILTER (WHERE stage IN (${list(rkpdStages)}))::INTEGER AS proposals_rkpd
  FROM proposals GROUP BY ALL
)
SELECT program, day, CAST(date_trunc('month', day) AS DATE) AS month,
  substr(village_code, 1, 8) AS district_code, village_code,
  events_held, visitors, att_n, att_present, req_n, req_on_site, req_forwarded, req_resolved,
  req_unanswered, rice_kg, milk_packages, aid_n, rice_recipients, rice_target, milk_recipients,
  milk_target, proposals, proposals_rkpd
FROM ev
FULL JOIN att USING (program, day, village_code)
FULL JOIN req USING (program, day, village_code)
FULL JOIN aid USING (program, day, village_code)
FULL JOIN pro USING (program, day, village_code)
ORDER BY program, month, village_code, day`
	},
	{
		name: 'proposal_counts',
		// Proposals by plan year (the RKPD year, not the day submitted: a forum from December to
		// February feeds one plan), village, category, agency, stage and answer.
		sql: `CREATE TABLE proposal_counts AS
SELECT program, plan_year, village_code, category, agency_code, stage, answered,
  count(*)::INTEGER AS n, count(estimated_cost)::INTEGER AS n_costed,
  coalesce(sum(estimated_cost), 0) AS cost
FROM proposals
GROUP BY ALL
ORDER BY program, plan_year, village_code`
	},
	...cubeTables
];
