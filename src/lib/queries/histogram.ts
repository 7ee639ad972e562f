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
