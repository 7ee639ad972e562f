import type { ResolvedFilters } from '$lib/schema/filters';
import { periodScan, type PeriodScan } from './cubes';
import { families, metrics, type Family, type KpiMetric } from './metrics';
import { calcSql } from './metric';
import type { Row, Sql } from '$lib/sql';
import { histogramMedian, histogramSql, readHistogram } from './histogram';
import { areaCodeLength, selectedRegion } from './area';
import { previousPeriod } from './period';

/** Row kinds of the overview result: period totals, months of the current period, child areas. */
export type OverviewKind = 'total' | 'month' | 'area';

/** One scan of a family over the previous and the current period (`cubes.ts`). */
function scan(base: Family, f: ResolvedFilters): PeriodScan {
	const opts = { program: f.program, region: selectedRegion(f) };
	const cur = { from: f.from, to: f.to };
	return periodScan(base, areaCodeLength(f) === 8, opts, previousPeriod(f.from, f.to), cur);
}

/** Period, month (DATE) and child-area grouping columns. */
function groupColumns(s: PeriodScan, f: ResolvedFilters): string {
	const month = s.fam.month ?? `date_trunc('month', ${s.fam.date})`;
	return `${s.period.sql} AS period, ${month} AS month, substr(${s.fam.village}, 1, ${areaCodeLength(f)}) AS area`;
}

/** Months and areas are shown for the current period only; the previous one in total. */
const keep = `HAVING period = 'cur' OR GROUPING(month, area) = 3`;

const kindColumns = `CASE WHEN month IS NOT NULL THEN 'month' WHEN area IS NOT NULL THEN 'area' ELSE 'total' END AS kind,
    coalesce(strftime(month, '%Y-%m'), area, '') AS key`;

/** A common table expression of the overview: its name (the `_k` one to select from) and text. */
interface Part extends Sql {
	name: string;
}

/**
 * A family's SQL metrics: the current period in total, per month and per child area, and the
 * previous period in total, from one scan (grouping sets).
 */
function familyCte(base: Family, ms: KpiMetric[], f: ResolvedFilters): Part {
	const s = scan(base, f);
	const aggs = ms.map((m) => `${calcSql(m)} AS ${m.id}`).join(',\n    ');
	const sql = `${base.id}_g AS (
  SELECT ${groupColumns(s, f)},
    ${aggs}
  ${s.from.sql}
  GROUP BY GROUPING SETS ((period), (period, month), (period, area))
  ${keep}
), ${base.id}_k AS (
  SELECT period, ${kindColumns}, ${ms.map((m) => m.id).join(', ')}
  FROM ${base.id}_g
)`;
	return { name: `${base.id}_k`, sql, params: [...s.period.params, ...s.from.params] };
}

/**
 * A histogram metric (`value` counted by `n` in its family) per group: the current period in
 * total, per month and per child area, and the previous period in total. Each group's histogram
 * travels as text (`value:count,…`, `histogramSql`) in the metric's column and `splitOverview`
 * takes its exact median: in SQL the running counts (a window) and the pick of the two middle
 * values cost more than the rest of the overview together.
 */
function histogramCte(base: Family, m: KpiMetric, f: ResolvedFilters): Part {
	if (m.calc.kind !== 'median_from_histogram') throw new Error(`${m.id} is not a histogram metric`);
	const s = scan(base, f);
	const name = `${base.id}_${m.id}`;
	const sql = `${name}_g AS (
  SELECT ${groupColumns(s, f)}, ${m.calc.value} AS hv, sum(n) AS n
  ${s.from.sql}
  GROUP BY GROUPING SETS ((period, hv), (period, month, hv), (period, area, hv))
  ${keep}
), ${name}_k AS (
  SELECT period, ${kindColumns}, ${histogramSql('hv', 'n')} AS ${m.id}
  FROM ${name}_g
  GROUP BY period, month, area
)`;
	return { name: `${name}_k`, sql, params: [...s.period.params, ...s.from.params] };
}

/**
 * One statement for the whole overview: every metric of `list` for the current and previous period
 * (`kind = 'total'`), per month and per child area of the current period.
 * Columns: period, kind, key, then one column per metric id, a median's as its histogram's text
 * (area names come from `regions`). Read it with `splitOverview`.
 */
export function overviewQuery(f: ResolvedFilters, list: readonly KpiMetric[] = metrics): Sql {
	const parts = (Object.keys(families) as Family['id'][]).flatMap((id) => {
		const ms = list.filter((m) => m.family === id);
		const bySql = ms.filter((m) => m.calc.kind === 'sql');
		return [
			...(bySql.length ? [familyCte(families[id], bySql, f)] : []),
			...ms
				.filter((m) => m.calc.kind === 'median_from_histogram')
				.map((m) => histogramCte(families[id], m, f))
		];
	});
	// Each part's rows carry its own metric columns (the others are NULL); UNION ALL BY NAME
	// stacks them and `splitOverview` merges rows of the same period, kind and key.
	const union = parts.map((p) => `SELECT * FROM ${p.name}`).join('\nUNION ALL BY NAME ');
	const sql = `WITH ${parts.map((c) => c.sql).join(',\n')}
${union}`;
	// Planning is most of the statement's time in duckdb-wasm: each part planned and run by an
	// engine of its own takes about half as long as the whole by one.
	const apart = parts.map((p) => ({
		sql: `WITH ${p.sql}\nSELECT * FROM ${p.name}`,
		params: p.params
	}));
	return { sql, params: parts.flatMap((c) => c.params), parts: apart };
}

/** The overview result split by kind. */
export interface OverviewData {
	current: Row;
	previous: Row | null;
	months: Row[];
	areas: Row[];
}

/**
 * Merges the per-family rows of `overviewQuery` (a histogram metric's text into its exact median)
 * and splits them into totals, months and areas.
 */
export function splitOverview(rows: Row[], list: readonly KpiMetric[] = metrics): OverviewData {
	const merged = new Map<string, Row>();
	for (const r of rows) {
		const id = `${r.period}|${r.kind}|${r.key}`;
		const into = merged.get(id);
		if (!into) merged.set(id, { ...r });
		else for (const [k, v] of Object.entries(r)) if (v !== null) into[k] = v;
	}
	const medians = list.filter((m) => m.calc.kind === 'median_from_histogram').map((m) => m.id);
	for (const r of merged.values())
		for (const id of medians)
			if (typeof r[id] === 'string') r[id] = histogramMedian(readHistogram(r[id]));
	const all = [...merged.values()].sort((a, b) => String(a.key).localeCompare(String(b.key)));
	const empty: Row = Object.fromEntries(list.map((m) => [m.id, null]));
	const pick = (r: Row): Row => ({ ...empty, ...r });
	const total = (p: string) => all.find((r) => r.kind === 'total' && r.period === p);
	const prev = total('prev');
	return {
		current: pick(total('cur') ?? {}),
		previous: prev ? pick(prev) : null,
		months: all.filter((r) => r.kind === 'month').map(pick),
		areas: all.filter((r) => r.kind === 'area').map(pick)
	};
}
