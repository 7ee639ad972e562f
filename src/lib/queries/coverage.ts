import type { ResolvedFilters } from '$lib/schema/filters';
import type { Sql, SqlParam } from '$lib/sql';
import { regionClause } from './filter-sql';

/** Coverage levels: kecamatan (code length 8) or village (13). */
export type CoverageLevel = 'district' | 'village';

const codeLength: Record<CoverageLevel, number> = { district: 8, village: 13 };

/** The level the calendar shows: villages inside a chosen kecamatan, else kecamatan. */
export function calendarLevel(f: ResolvedFilters): CoverageLevel {
	return f.district ? 'village' : 'district';
}

/** The area the coverage views look inside: the chosen kecamatan, else the regency. */
const scopeRegion = (f: ResolvedFilters) => f.district ?? f.regency;

/**
 * Held service days (`events` with status `held`) of the program in the region, from `since`
 * (or from the start of the data when null) up to the end of the period.
 */
function heldEvents(f: ResolvedFilters, since: string | null): Sql {
	const region = regionClause('e.village_code', scopeRegion(f));
	const params: SqlParam[] = [...(f.program ? [f.program] : []), ...region.params];
	const from = since ? 'AND e.date >= CAST(? AS DATE)' : '';
	if (since) params.push(since);
	params.push(f.to);
	return {
		sql: `SELECT e.event_id, e.date, e.village_code FROM events e
  WHERE e.status = 'held' AND ${f.program ? 'e.program = ?' : 'TRUE'} AND ${region.sql}
    ${from} AND e.date <= CAST(? AS DATE)`,
		params
	};
}

/**
 * The areas of a level inside the region; with a program, only in the regencies where it ever
 * held a service day (a program belongs to its regency).
 */
function areas(f: ResolvedFilters, level: CoverageLevel): Sql {
	const r = scopeRegion(f);
	// The region itself counts too (a chosen kecamatan is one of the kecamatan).
	const region = r
		? { sql: `starts_with(a.code || '.', ?)`, params: [r + '.'] }
		: { sql: 'TRUE', params: [] };
	const program = f.program
		? `AND substr(a.code, 1, 5) IN (SELECT DISTINCT regency_code FROM events WHERE program = ?)`
		: '';
	return {
		sql: `SELECT a.code, a.name, p.name AS parent,
    (SELECT count(*) FROM regions v WHERE v.level = 'village' AND starts_with(v.code, a.code)) AS villages_total
  FROM regions a LEFT JOIN regions p ON p.code = a.parent_code
  WHERE a.level = ? AND ${region.sql} ${program}`,
		params: [level, ...region.params, ...(f.program ? [f.program] : [])]
	};
}

/**
 * The calendar: held service days per area (kecamatan, or village inside a chosen kecamatan) and
 * week (Monday, `YYYY-MM-DD`) of the period, with the villages they were held in. Only cells with
 * a service day are returned.
 */
export function coverageWeeksQuery(f: ResolvedFilters): Sql {
	const len = codeLength[calendarLevel(f)];
	const ev = heldEvents(f, f.from);
	return {
		sql: `SELECT substr(e.village_code, 1, ${len}) AS code,
  strftime(date_trunc('week', e.date), '%Y-%m-%d') AS week,
  count(*) AS events, count(DISTINCT e.village_code) AS villages
FROM (${ev.sql}) e GROUP BY ALL ORDER BY code, week`,
		params: ev.params
	};
}

/**
 * Every area of a level in the region, visited or not: held service days in the period, villages
 * visited (of `villages_total`), first and last service day in the period, the weeks with a
 * service day and the median and longest gap in weeks between them (the rotation's return time), its last service day up to the
 * end of the period (`last_visit`, also before the period) and `days_since` (to the period's last
 * day; NULL when never visited).
 */
export function coverageAreasQuery(f: ResolvedFilters, level: CoverageLevel): Sql {
	const len = codeLength[level];
	const a = areas(f, level);
	const all = heldEvents(f, null);
	const sql = `WITH ar AS (${a.sql}),
ev AS (SELECT substr(e.village_code, 1, ${len}) AS code, e.* FROM (${all.sql}) e),
inp AS (SELECT * FROM ev WHERE date >= CAST(? AS DATE)),
gaps AS (
  SELECT code, date_diff('week', lag(week) OVER (PARTITION BY code ORDER BY week), week) AS gap
  FROM (SELECT DISTINCT code, date_trunc('week', date) AS week FROM inp)
),
agg AS (
  SELECT code, count(*) AS events, count(DISTINCT village_code) AS villages,
    min(date) AS first_day, max(date) AS last_day
  FROM inp GROUP BY 1
),
g AS (SELECT code, count(*) AS weeks, median(gap) AS median_gap_weeks, max(gap) AS max_gap_weeks FROM gaps GROUP BY 1),
ever AS (SELECT code, max(date) AS last_visit FROM ev GROUP BY 1)
SELECT ar.code, ar.name, ar.parent, ar.villages_total,
  coalesce(agg.events, 0) AS events, coalesce(agg.villages, 0) AS villages,
  strftime(agg.first_day, '%Y-%m-%d') AS first_day, strftime(agg.last_day, '%Y-%m-%d') AS last_day,
  coalesce(g.weeks, 0) AS weeks, g.median_gap_weeks, g.max_gap_weeks,
  strftime(ever.last_visit, '%Y-%m-%d') AS last_visit,
  date_diff('day', ever.last_visit, CAST(? AS DATE)) AS days_since
FROM ar LEFT JOIN agg USING (code) LEFT JOIN g USING (code) LEFT JOIN ever USING (code)
ORDER BY ar.code`;
	return { sql, params: [...a.params, ...all.params, f.from, f.to] };
}

/**
 * The region's rotation in one row: held service days in the period, distinct days, weeks with a
 * service day out of the period's weeks, the median and longest gap in weeks between them, and
 * kecamatan and villages visited out of all in the region.
 */
export function coverageSummaryQuery(f: ResolvedFilters): Sql {
	const ev = heldEvents(f, f.from);
	const d = areas(f, 'district');
	const v = areas(f, 'village');
	const sql = `WITH ev AS (${ev.sql}),
weeks AS (SELECT DISTINCT date_trunc('week', date) AS week FROM ev),
gaps AS (SELECT date_diff('week', lag(week) OVER (ORDER BY week), week) AS gap FROM weeks)
SELECT (SELECT count(*) FROM ev) AS events, (SELECT count(DISTINCT date) FROM ev) AS days,
  (SELECT count(*) FROM weeks) AS weeks,
  date_diff('week', date_trunc('week', CAST(? AS DATE)), date_trunc('week', CAST(? AS DATE))) + 1 AS weeks_total,
  (SELECT median(gap) FROM gaps) AS median_gap_weeks, (SELECT max(gap) FROM gaps) AS max_gap_weeks,
  (SELECT count(DISTINCT substr(village_code, 1, 8)) FROM ev) AS districts_visited,
  (SELECT count(*) FROM (${d.sql})) AS districts_total,
  (SELECT count(DISTINCT village_code) FROM ev) AS villages_visited,
  (SELECT count(*) FROM (${v.sql})) AS villages_total`;
	return { sql, params: [...ev.params, f.from, f.to, ...d.params, ...v.params] };
}
