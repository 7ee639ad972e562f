/** The additive columns of `daily_facts` (every overview figure but the median is a sum of them). */
const factSums = [
	'events_held',
	'visitors',
	'att_n',
	'att_present',
	'req_n',
	'req_on_site',
	'req_forwarded',
	'req_resolved',
	'req_unanswered',
	'aid_n',
	'rice_recipients',
	'rice_target',
	'milk_recipients',
	'milk_target',
	'proposals',
	'proposals_rkpd'
];
const factTotals = [
	...factSums.map((c) => `sum(${c})::INTEGER AS ${c}`),
	'sum(rice_kg) AS rice_kg',
	'sum(milk_packages) AS milk_packages'
].join(', ');

/**
 * A data-cube index (as Mosaic's) of `daily`, keyed by `keys`: its daily rows (`day` set) and,
 * for the same keys, one row per month with the month's totals (`day` NULL). A period reads its
 * whole months from the monthly rows and the days of partial months from the daily rows, in one
 * scan (`cubes.ts`); a query that filters on `day` never sees the monthly rows.
 */
function cube(name: string, keys: string, daily: string, monthly: string): string {
	return `CREATE TABLE ${name} AS
WITH d AS (${daily})
SELECT * FROM d
UNION ALL BY NAME
SELECT program, NULL::DATE AS day, month, ${keys}, ${monthly} FROM d GROUP BY ALL
ORDER BY month, day NULLS FIRST, program, ${keys}`;
}

/**
 * The kecamatan-level cubes the overview reads when its areas are kecamatan (no kecamatan
 * selected): the overview's figures by program, kecamatan and day, with monthly rows.
 */
export const cubeTables: { name: string; sql: string }[] = [
	{
		name: 'daily_facts_district',
		sql: cube(
			'daily_facts_district',
			'district_code',
			`SELECT program, day, month, district_code, ${factTotals},
  max(day) FILTER (WHERE events_held > 0) AS last_visit
FROM daily_facts GROUP BY ALL`,
			`${factTotals}, max(last_visit) AS last_visit`
		)
	},
	{
		name: 'resolution_days_district',
		// Days to resolve by program, kecamatan and day only (the overview filters no kind or channel).
		sql: cube(
			'resolution_days_district',
			'district_code, days',
			`SELECT program, day, month, substr(village_code, 1, 8) AS district_code, days, sum(n)::INTEGER AS n
FROM resolution_days GROUP BY ALL`,
			'sum(n)::INTEGER AS n'
		)
	}
];
