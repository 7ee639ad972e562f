import { histogramMedianSql } from '$lib/sql';

/**
 * Statistics of a histogram (`days`, `n` rows) per group, exact as DuckDB computes them on the
 * raw rows: the median (`median`: mean of the two middle values) and the 90th percentile
 * (`quantile_disc(0.9)`: the smallest value whose cumulative count reaches ⌈0.9·total⌉).
 * `src` is a relation with the `keys` columns, the `value` column (`days` unless told) and `n`.
 * Columns: keys…, median_days, p90_days (of `value`).
 */
export function histogramStatsSql(src: string, keys: string[], value = 'days'): string {
	const k = keys.join(', ');
	const part = keys.length ? `PARTITION BY ${k}` : '';
	return `SELECT ${k}${keys.length ? ',' : ''}
  ${histogramMedianSql()} AS median_days,
  min(days) FILTER (WHERE cum >= (9 * total + 9) // 10) AS p90_days
FROM (
  SELECT ${k}${keys.length ? ',' : ''} days, sum(n) OVER (${part} ORDER BY days) AS cum, sum(n) OVER (${part}) AS total
  FROM (SELECT ${k}${keys.length ? ',' : ''} ${value} AS days, sum(n) AS n FROM ${src} GROUP BY ALL)
)
GROUP BY ALL`;
}

/**
 * The exact median of a histogram given as (value, count) pairs in any order: the mean of the
 * values at the two middle positions of the sorted multiset, as DuckDB's `median` gives on the
 * raw rows (and `histogramMedianSql` in SQL). Null when the counts add up to nothing.
 */
export function histogramMedian(
	pairs: readonly (readonly [value: number, n: number])[]
): number | null {
	const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
	const total = sorted.reduce((t, p) => t + p[1], 0);
	if (total <= 0) return null;
	const lo = Math.floor((total + 1) / 2);
	const hi = Math.floor((total + 2) / 2);
	let cum = 0;
	let a: number | null = null;
	for (const [v, n] of sorted) {
		cum += n;
		if (a === null && cum >= lo) a = v;
		if (cum >= hi) return (a! + v) / 2;
	}
	return null;
}

/**
 * A group's histogram as one text value, `value:count` pairs joined by commas (an aggregate over
 * rows carrying an integer `value` and its `n`): a scalar that travels compactly to the page.
 */
export function histogramSql(value: string, n: string): string {
	return `string_agg(${value} || ':' || ${n}, ',')`;
}

/** The (value, count) pairs of a histogram written by `histogramSql`. */
export function readHistogram(text: string): [number, number][] {
	return text
		.split(',')
		.filter(Boolean)
		.map((p) => {
			const [v, n] = p.split(':');
			return [Number(v), Number(n)];
		});
}
