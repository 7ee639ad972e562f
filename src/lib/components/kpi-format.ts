import type { MetricUnit } from '$lib/queries/metrics';

/** Decimal places a unit is shown with. */
export const unitDigits: Record<MetricUnit, number> = {
	count: 0,
	pct: 1,
	days: 1,
	tonnes: 1,
	packages: 0
};

/** Change of a metric against the previous period: absolute and, for non-percentages, relative. */
export interface Change {
	delta: number;
	/** Relative change in percent; null for percentage metrics (their delta is in points) or a zero base. */
	relative: number | null;
	/** Whether the change is good, bad or neutral given the metric's direction. */
	tone: 'good' | 'bad' | 'neutral';
}

/** Computes the change of `cur` against `prev`; null when either side is missing. */
export function change(
	cur: number | null,
	prev: number | null,
	unit: MetricUnit,
	better: 'up' | 'down' | null
): Change | null {
	if (cur === null || prev === null) return null;
	const delta = cur - prev;
	const relative = unit === 'pct' || prev === 0 ? null : (100 * delta) / Math.abs(prev);
	const tone =
		delta === 0 || !better ? 'neutral' : delta > 0 === (better === 'up') ? 'good' : 'bad';
	return { delta, relative, tone };
}
