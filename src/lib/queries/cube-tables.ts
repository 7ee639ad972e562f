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
	'aid_recipients',
	'aid_target',
	'proposals',
	'proposals_rkpd'
];
const factColumns = [...factSums, 'rice_kg', 'milk_packages'].join(', ');
const factTotals = [
	...factSums.map((c) => `sum(${c})::INTEGER AS ${c}`),
	'sum(rice_kg) AS rice_kg',
	'sum(milk_packages) AS milk_packages'
].join(', ');

/**
 * A cube of `source`: its daily rows (`day` set) and one row per month of the same keys with
 * the month's sums (`day` NULL). A period reads its whole months from the monthly rows and the
 * days of partial months from the daily rows, in one scan (`cubes.ts`).
 */
function cube(name: string, keys: string, daily: string, values: string, totals: string): string {
	return `CREATE TABLE ${name} AS
SELECT * FROM (
  SELECT program, day, month, ${keys}, ${values} FROM (${daily})
  UNION ALL
  SELECT program, NULL::DATE AS day, month, ${keys}, ${totals} FROM (${daily}) GROUP BY ALL
) ORDER BY month, day NULLS FIRST, program, ${keys}`;
}

const histogram = (area: string) =>
	`SELECT program, day, month, ${area}, days, sum(n)::INTEGER AS n FROM resolution_days GROUP BY ALL`;

/**
 * Data-cube indexes of the overview (as Mosaic's): its figures pre-aggregated by its filter
 * dimensions (program, area, period) at a daily and a monthly grain, at village and kecamatan
 * level. Sums over them equal the sums over the raw rows.
 */
export const cubeTables: { name: string; sql: string }[] = [
	{
		name: 'facts_cube',
		sql: cube('facts_cube', 'village_code', 'SELECT * FROM daily_facts', factColumns, factTotals)
	},
	{
		name: 'facts_cube_district',
		sql: cube(
			'facts_cube_district',
			'district_code',
			`SELECT program, day, month, district_code, ${factTotals} FROM daily_facts GROUP BY ALL`,
			factColumns,
			factTotals
		)
	},
	{
		name: 'resolution_cube',
		sql: cube(
			'resolution_cube',
			'village_code, days',
			histogram('village_code'),
			'n',
			'sum(n)::INTEGER AS n'
		)
	},
	{
		name: 'resolution_cube_district',
		sql: cube(
			'resolution_cube_district',
			'district_code, days',
			histogram('substr(village_code, 1, 8) AS district_code'),
			'n',
			'sum(n)::INTEGER AS n'
		)
	}
];
