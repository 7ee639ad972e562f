import type { ResolvedFilters } from '$lib/schema/filters';
import {
	agencyMetrics,
	attendanceBase,
	FOLLOW_UP_WORKING_DAYS,
	requestBase,
	resolutionBase
} from './agency-metrics';
import { familyWhere } from './filter-sql';
import { families, type Family } from './metrics';
import type { Row, Sql, SqlParam } from '$lib/sql';
import { histogramStatsSql } from './histogram';
import { selectedRegion } from './area';
import { previousPeriod } from './period';
import { workingDaysSql } from './summaries';

/** One agency of the table: current figures, previous-period figures (null when it had none). */
export interface AgencyRow {
	code: string;
	name: string;
	short_name: string;
	cur: Row;
	prev: Row | null;
}

const cols = (base: Record<string, string>) =>
	Object.entries(base)
		.map(([k, v]) => `${v} AS ${k}`)
		.join(', ');

/** Current-or-previous period column and the where clause over both periods of a family. */
function scope(fam: Family, f: ResolvedFilters): { period: string; where: Sql } {
	const prev = previousPeriod(f.from, f.to);
	const where = familyWhere(fam, {
		program: f.program,
		region: selectedRegion(f),
		from: prev.from,
		to: f.to,
		kind: f.kind,
		channel: f.channel
	});
	return {
		period: `CASE WHEN ${fam.date} >= CAST(? AS DATE) THEN 'cur' ELSE 'prev' END`,
		where: { sql: where.sql, params: [f.from, ...where.params] }
	};
}

/**
 * Every agency metric per agency, for the current and the previous period of equal length
 * (`period` = 'cur' | 'prev'). `asOf` is the last day of data (open requests age up to it).
 * Attendance comes from event_agencies at held events, requests from the daily summary,
 * resolution times from the histogram: the raw requests table is never scanned.
 * Columns: period, agency_code, name, short_name, then one column per agency metric id.
 */
export function agencyTableQuery(f: ResolvedFilters, asOf: string): Sql {
	const att = scope(families.attendance, f);
	const req = scope(families.requests, f);
	const res = scope(families.resolution, f);
	const age = `date_diff('day', r.day, x.as_of)`;
	// Each histogram metric gets its exact median from the resolution histogram.
	const medians = agencyMetrics.flatMap((m) =>
		m.calc.kind === 'median_from_histogram' ? [{ id: m.id, value: m.calc.value }] : []
	);
	const keys = ['period', 'agency_code'];
	const medianCtes = medians.map(
		(m) => `, med_${m.id} AS (${histogramStatsSql('hist', keys, m.value)})`
	);
	const value = (m: (typeof agencyMetrics)[number]) =>
		m.calc.kind === 'sql' ? m.calc.sql : `med_${m.id}.median_days`;
	const sql = `WITH att_rows AS (
  SELECT ${att.period} AS period, a.agency_code, a.status, e.date, e.event_id
  FROM ${families.attendance.from}
  WHERE ${att.where.sql}
), att AS (
  SELECT period, agency_code, ${cols(attendanceBase)}
  FROM att_rows a GROUP BY period, agency_code
), runs AS (
  SELECT period, agency_code, max(len) AS longest_absence_run FROM (
    SELECT period, agency_code, grp, count(*) AS len FROM (
      SELECT period, agency_code, status,
        row_number() OVER (PARTITION BY period, agency_code ORDER BY date, event_id)
          - row_number() OVER (PARTITION BY period, agency_code, status = 'absent' ORDER BY date, event_id) AS grp
      FROM att_rows
    ) WHERE status = 'absent' GROUP BY period, agency_code, grp
  ) GROUP BY period, agency_code
), req AS (
  SELECT ${req.period} AS period, r.agency_code, ${cols(requestBase)},
    coalesce(sum(r.n_open) FILTER (WHERE ${workingDaysSql('r.day', age)} > ${FOLLOW_UP_WORKING_DAYS}), 0) AS n_overdue
  FROM ${families.requests.from}, (SELECT CAST(? AS DATE) AS as_of) x
  WHERE ${req.where.sql}
  GROUP BY ALL
), hist AS (
  SELECT ${res.period} AS period, h.agency_code, h.days,
    ${workingDaysSql('h.day', 'h.days')} AS working_days, sum(h.n) AS n
  FROM ${families.resolution.from}
  WHERE ${res.where.sql}
  GROUP BY ALL
), res AS (
  SELECT period, agency_code, ${cols(resolutionBase)} FROM hist h GROUP BY period, agency_code
)${medianCtes.join('')}, keys AS (
  SELECT period, agency_code FROM att UNION SELECT period, agency_code FROM req
)
SELECT k.period, k.agency_code, coalesce(ag.name, k.agency_code) AS name,
  coalesce(ag.short_name, ag.name, k.agency_code) AS short_name,
  ${agencyMetrics.map((m) => `${value(m)} AS ${m.id}`).join(',\n  ')},
  coalesce(n_forwarded, 0) AS n_forwarded, coalesce(n_resolved, 0) AS n_resolved,
  coalesce(res_within, 0) AS n_within
FROM keys k
LEFT JOIN att USING (period, agency_code)
LEFT JOIN runs USING (period, agency_code)
LEFT JOIN req USING (period, agency_code)
LEFT JOIN res USING (period, agency_code)
${medians.map((m) => `LEFT JOIN med_${m.id} USING (period, agency_code)\n`).join('')}LEFT JOIN agencies ag ON ag.code = k.agency_code
ORDER BY k.agency_code, k.period`;
	// In req the period CASE comes before the as_of subquery in FROM, then the where clause.
	const [reqPeriod, ...reqWhere] = req.where.params;
	const params: SqlParam[] = [
		...att.where.params,
		reqPeriod!,
		asOf,
		...reqWhere,
		...res.where.params
	];
	return { sql, params };
}

/** Pairs the current and previous rows of each agency; agencies without current figures drop out. */
export function shapeAgencies(rows: Row[]): AgencyRow[] {
	const prev = new Map(rows.filter((r) => r.period === 'prev').map((r) => [r.agency_code, r]));
	return rows
		.filter((r) => r.period === 'cur')
		.map((r) => ({
			code: String(r.agency_code),
			name: String(r.name),
			short_name: String(r.short_name),
			cur: r,
			prev: prev.get(r.agency_code) ?? null
		}));
}

/** The median of a metric across agencies (nulls skipped); null when no agency has a value. */
export function medianAcross(rows: AgencyRow[], id: string): number | null {
	const xs = rows
		.map((r) => r.cur[id])
		.filter((v): v is number => typeof v === 'number')
		.sort((a, b) => a - b);
	if (xs.length === 0) return null;
	const mid = xs.length >> 1;
	return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}
