/**
 * The one shape of a metric, shared by the overview KPIs, the agency (OPD) metrics and the map:
 * how it is computed, its unit, decimals and direction. Its words (label and definition) live in
 * the i18n files under keys made from its scope and id (`i18n/metric-words.ts`).
 */

/** How a metric's value reads. Percentages are 0–100. */
export type MetricUnit =
	'count' | 'pct' | 'days' | 'tonnes' | 'packages' | 'score' | 'per_1000' | 'kg_per_household';

/** Whether a rise is good (`up`), bad (`down`) or neither (null). */
export type Direction = 'up' | 'down' | null;

/**
 * How a metric is computed: an SQL expression (an aggregate, or an expression over the columns of
 * the query that reads it), or the exact median of a histogram column (`value`, counted by `n`)
 * of the metric's family.
 */
export type MetricCalc =
	{ kind: 'sql'; sql: string } | { kind: 'median_from_histogram'; value: string };

/** The page a metric belongs to; with its id it names the metric's words in the i18n files. */
export type MetricScope = 'kpi' | 'agency' | 'map';

/** One metric: id, computation, unit, decimals shown, direction. */
export interface MetricRecord<Id extends string = string> {
	id: Id;
	scope: MetricScope;
	calc: MetricCalc;
	unit: MetricUnit;
	/** Decimal places the value is shown (and exported) with. */
	digits: number;
	better: Direction;
}

/** An SQL-expression computation. */
export const sqlCalc = (sql: string): MetricCalc => ({ kind: 'sql', sql });

/** The SQL expression of a metric computed by SQL (throws for any other kind). */
export function calcSql(m: MetricRecord): string {
	if (m.calc.kind !== 'sql') throw new Error(`${m.id} is not an SQL metric (${m.calc.kind})`);
	return m.calc.sql;
}
