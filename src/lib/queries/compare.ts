import type { ResolvedFilters } from '$lib/schema/filters';
import type { Row, Sql } from '$lib/sql';
import { familyWhere, regionClause } from './filter-sql';
import { families } from './metrics';

/** A figure of the compare page: its SQL over the sums below, unit, decimals and direction. */
export interface CompareMetric {
	id: string;
	sql: string;
	unit: 'count' | 'per_1000' | 'pct';
	digits: number;
	better: 'up' | 'down' | null;
}

/** Every compare figure, in display order (counts per 1,000 residents where population is known). */
export const compareMetrics: CompareMetric[] = [
	{ id: 'events_held', sql: 'coalesce(events, 0)', unit: 'count', digits: 0, better: 'up' },
	{ id: 'visitors', sql: 'coalesce(visitors, 0)', unit: 'count', digits: 0, better: 'up' },
	{
		id: 'visitors_per_1000',
		sql: '1000.0 * coalesce(visitors, 0) / nullif(population, 0)',
		unit: 'per_1000',
		digits: 1,
		better: 'up'
	},
	{ id: 'requests', sql: 'coalesce(requests, 0)', unit: 'count', digits: 0, better: 'up' },
	{
		id: 'requests_per_1000',
		sql: '1000.0 * coalesce(requests, 0) / nullif(population, 0)',
		unit: 'per_1000',
		digits: 1,
		better: 'up'
	},
	{
		id: 'resolved_on_site_pct',
		sql: '100.0 * on_site / nullif(requests, 0)',
		unit: 'pct',
		digits: 1,
		better: 'up'
	},
	{
		id: 'forwarded_resolved_pct',
		sql: '100.0 * resolved / nullif(forwarded, 0)',
		unit: 'pct',
		digits: 1,
		better: 'up'
	},
	{
		id: 'unanswered_pct',
		sql: '100.0 * unanswered / nullif(requests, 0)',
		unit: 'pct',
		digits: 1,
		better: 'down'
	},
	{
		id: 'attendance_rate',
		sql: '100.0 * attended / nullif(slots, 0)',
		unit: 'pct',
		digits: 1,
		better: 'up'
	},
	{
		id: 'proposals_per_1000',
		sql: '1000.0 * coalesce(proposals, 0) / nullif(population, 0)',
		unit: 'per_1000',
		digits: 2,
		better: 'up'
	},
	{
		id: 'rkpd_pct',
		sql: '100.0 * rkpd / nullif(proposals, 0)',
		unit: 'pct',
		digits: 1,
		better: 'up'
	}
];
/** A compare figure id. */
export type CompareMetricId = (typeof compareMetrics)[number]['id'];

/** Sums of the daily fact table `o` that every compare figure is computed from. */
const sums = `sum(o.events_held) AS events, sum(o.visitors) AS visitors,
    sum(o.req_n) AS requests, sum(o.req_on_site) AS on_site, sum(o.req_forwarded) AS forwarded,
    sum(o.req_resolved) AS resolved, sum(o.req_unanswered) AS unanswered,
    sum(o.att_n) AS slots, sum(o.att_present) AS attended,
    sum(o.proposals) AS proposals, sum(o.proposals_rkpd) AS rkpd`;
const figures = compareMetrics.map((m) => `${m.sql} AS ${m.id}`).join(',\n  ');

/** Code length of an area level. */
export const levelLength = { regency: 5, district: 8, village: 13 } as const;
/** An area level the compare page ranks. */
export type AreaLevel = keyof typeof levelLength;

/** The level of an area code (a regency, kecamatan or village code, by its length). */
export const areaLevelOf = (code: string): AreaLevel =>
	code.length === levelLength.regency
		? 'regency'
		: code.length === levelLength.district
			? 'district'
			: 'village';

/**
 * Every compare figure for each chosen area (regency, kecamatan or village codes, mixed levels and
 * regencies allowed), in total (`month` NULL) and per month of the period. Program and period
 * filters apply; the region filters do not (the areas are the selection).
 * Columns: code, month ('YYYY-MM' or NULL), population, then one column per compare figure.
 */
export function compareQuery(f: ResolvedFilters, codes: string[]): Sql {
	const fam = families.facts;
	const w = familyWhere(fam, { program: f.program, from: f.from, to: f.to });
	// `x || '.'` starts with `code || '.'` when x is the area itself or lies inside it.
	const inside = (col: string) => `starts_with(${col} || '.', s.code || '.')`;
	const sql = `WITH sel(code) AS (VALUES ${codes.map(() => '(?)').join(', ')}),
pop AS (
  SELECT s.code, sum(v.population) AS population
  FROM sel s JOIN regions v ON v.level = 'village' AND ${inside('v.code')} GROUP BY s.code
), fx AS (
  SELECT s.code, ${fam.month} AS month, ${sums}
  FROM sel s JOIN ${fam.from} ON ${inside(fam.village)}
  WHERE ${w.sql}
  GROUP BY GROUPING SETS ((s.code), (s.code, ${fam.month}))
), rows AS (
  SELECT s.code, NULL AS month FROM sel s
  UNION SELECT code, month FROM fx WHERE month IS NOT NULL
), x AS (
  SELECT r.code, r.month, p.population, fx.* EXCLUDE (code, month)
  FROM rows r LEFT JOIN pop p ON p.code = r.code
  LEFT JOIN fx ON fx.code = r.code AND fx.month IS NOT DISTINCT FROM r.month
)
SELECT code, strftime(month, '%Y-%m') AS month, population,
  ${figures}
FROM x ORDER BY code, month NULLS FIRST`;
	return { sql, params: [...codes, ...w.params] };
}

/**
 * Every compare figure for every area of one level inside the selected regency (all regencies
 * when none is selected), for the ranked bar. Columns: code, population, one column per figure.
 */
export function rankQuery(f: ResolvedFilters, level: AreaLevel): Sql {
	const len = levelLength[level];
	const fam = families.facts;
	const src = level !== 'village' && fam.coarse ? { ...fam, ...fam.coarse } : fam;
	const w = familyWhere(src, { program: f.program, region: f.regency, from: f.from, to: f.to });
	const reg = regionClause('v.code', f.regency);
	const sql = `WITH pop AS (
  SELECT substr(v.code, 1, ${len}) AS code, sum(v.population) AS population
  FROM regions v WHERE v.level = 'village' AND ${reg.sql} GROUP BY 1
), fx AS (
  SELECT substr(${src.village}, 1, ${len}) AS code, ${sums}
  FROM ${src.from} WHERE ${w.sql} GROUP BY 1
), x AS (
  SELECT p.code, p.population, fx.* EXCLUDE (code) FROM pop p LEFT JOIN fx ON fx.code = p.code
)
SELECT code, population,
  ${figures}
FROM x ORDER BY code`;
	return { sql, params: [...reg.params, ...w.params] };
}

/**
 * The ranking the compare page shows: the areas of `level` inside the selected regency, else
 * inside the program's own regency (`programs`: code → regency).
 */
export function compareRankQuery(
	f: ResolvedFilters,
	level: AreaLevel,
	programs: readonly { code: string; regency_code: string }[]
): Sql {
	const regency = f.regency ?? programs.find((p) => p.code === f.program)?.regency_code;
	return rankQuery({ ...f, regency }, level);
}

/** One chosen area's compare figures: in total and per month. */
export interface CompareArea {
	code: string;
	total: Row;
	months: Row[];
}

/** Splits `compareQuery` rows per area, in the order the areas were chosen. */
export function shapeCompare(rows: Row[], codes: string[]): CompareArea[] {
	return codes.map((code) => ({
		code,
		total: rows.find((r) => r.code === code && r.month === null) ?? { code },
		months: rows.filter((r) => r.code === code && r.month !== null)
	}));
}

/** The median of the known values (null when there is none). */
export function median(values: (number | null | undefined)[]): number | null {
	const xs = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const mid = Math.floor(xs.length / 2);
	return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}
