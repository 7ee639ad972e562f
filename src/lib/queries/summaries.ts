import { forwardedStatuses } from '$lib/schema/requests';

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

/**
 * Weekdays (Mon–Fri) after `start` up to and including `start + days`: whole weeks count five,
 * the rest is counted day by day. Public holidays are not known to the data and are not skipped.
 */
export function workingDaysSql(start: string, days: string): string {
	return `(${days} // 7) * 5 + len(list_filter(range(1, ${days} % 7 + 1), j -> (isodow(${start}) - 1 + j) % 7 < 5))`;
}

/**
 * Derived tables written into the data file next to the contract tables. They hold no new
 * facts: every figure is a count over `requests`, so pages aggregate a few hundred thousand
 * rows instead of millions. Built by the data writer (demo generator and importer) and by the
 * unit-test fixture, always from this one definition.
 */
export const summaryTables: { name: string; sql: string }[] = [
	{
		name: 'requests_daily',
		sql: `CREATE TABLE requests_daily AS
SELECT program, CAST(received_at AS DATE) AS day, CAST(date_trunc('month', received_at) AS DATE) AS month,
  citizen_village_code AS village_code, agency_code,
  count(*)::INTEGER AS n,
  count(*) FILTER (WHERE status = 'resolved_on_site')::INTEGER AS n_on_site,
  count(*) FILTER (WHERE status IN (${list(forwardedStatuses)}))::INTEGER AS n_forwarded,
  count(*) FILTER (WHERE status = 'resolved')::INTEGER AS n_resolved,
  count(*) FILTER (WHERE status = 'unanswered')::INTEGER AS n_unanswered,
  count(*) FILTER (WHERE status IN ('forwarded', 'in_progress'))::INTEGER AS n_open,
  count(*) FILTER (WHERE status = 'rejected')::INTEGER AS n_rejected,
  count(satisfaction)::INTEGER AS n_rated,
  coalesce(sum(satisfaction), 0)::INTEGER AS satisfaction_sum
FROM requests
GROUP BY ALL
ORDER BY day, program, village_code, agency_code`
	},
	{
		name: 'resolution_days',
		sql: `CREATE TABLE resolution_days AS
SELECT program, day, CAST(date_trunc('month', day) AS DATE) AS month, village_code, agency_code, days,
  ${workingDaysSql('day', 'days')}::INTEGER AS working_days,
  count(*)::INTEGER AS n
FROM (
  SELECT program, CAST(received_at AS DATE) AS day, citizen_village_code AS village_code, agency_code,
    date_diff('day', CAST(received_at AS DATE), CAST(resolved_at AS DATE))::INTEGER AS days
  FROM requests WHERE status = 'resolved' AND resolved_at IS NOT NULL
)
GROUP BY ALL
ORDER BY day, program, village_code, agency_code`
	},
	{
		name: 'requests_daily_district',
		sql: `CREATE TABLE requests_daily_district AS
SELECT program, day, month, substr(village_code, 1, 8) AS district_code,
  sum(n)::INTEGER AS n, sum(n_on_site)::INTEGER AS n_on_site, sum(n_forwarded)::INTEGER AS n_forwarded,
  sum(n_resolved)::INTEGER AS n_resolved, sum(n_unanswered)::INTEGER AS n_unanswered,
  sum(n_open)::INTEGER AS n_open, sum(n_rejected)::INTEGER AS n_rejected,
  sum(n_rated)::INTEGER AS n_rated, sum(satisfaction_sum)::INTEGER AS satisfaction_sum
FROM requests_daily
GROUP BY ALL
ORDER BY day, program, district_code`
	},
	{
		name: 'resolution_days_district',
		sql: `CREATE TABLE resolution_days_district AS
SELECT program, day, month, substr(village_code, 1, 8) AS district_code, days, sum(n)::INTEGER AS n
FROM resolution_days
GROUP BY ALL
ORDER BY day, program, district_code`
	}
];
