import type { MetricRecord } from '$lib/queries/metric';
import { formatNumber, type Locale } from './format';
import { messages } from './messages';

/** What the formatter needs of a metric: its unit and decimals. */
type Shown = Pick<MetricRecord, 'unit' | 'digits'>;

/** The unit written after a value: `%`, ` t`, ` hari`; nothing for counts and rates. */
export function unitSuffix(locale: Locale, m: Shown): string {
	if (m.unit === 'pct') return '%';
	if (m.unit === 'tonnes') return ` ${messages[locale].unit_t}`;
	if (m.unit === 'days') return ` ${messages[locale].unit_days}`;
	return '';
}

/**
 * The one formatter of metric values: the metric's decimals in the locale, with its unit when
 * `unit` is set; an em dash when there is no value.
 */
export function formatMetric(locale: Locale, m: Shown, v: number | null, unit = false): string {
	const shown = formatNumber(locale, v, m.digits);
	return unit && v !== null && Number.isFinite(v) ? shown + unitSuffix(locale, m) : shown;
}

/** A value rounded to the metric's decimals (what a table shows and exports); -0 becomes 0. */
export function roundMetric(m: Pick<MetricRecord, 'digits'>, v: number): number {
	const k = 10 ** m.digits;
	return Math.round(v * k) / k || 0;
}

/** The sign of a value as shown with `digits` decimals: a change that rounds to zero reads ±. */
function sign(v: number, digits: number): string {
	const r = Number(v.toFixed(digits));
	return r > 0 ? '+' : r < 0 ? '−' : '±';
}

/**
 * A change of a metric, signed, with its decimals; with `unit`, percentages read in points
 * (`pp`) and other units as the value does.
 */
export function formatDelta(locale: Locale, m: Shown, delta: number, unit = false): string {
	const suffix = !unit ? '' : m.unit === 'pct' ? ' pp' : unitSuffix(locale, m);
	return sign(delta, m.digits) + formatNumber(locale, Math.abs(delta), m.digits) + suffix;
}

/** A relative change in percent, signed, one decimal. */
export function formatRelative(locale: Locale, pct: number): string {
	return `${sign(pct, 1)}${formatNumber(locale, Math.abs(pct), 1)}%`;
}

/** Change of a metric against the previous period: absolute and, for non-percentages, relative. */
export interface Change {
	delta: number;
	/** Relative change in percent; null for percentage metrics (their delta is in points) or a zero base. */
	relative: number | null;
	/** Whether the change is good, bad or neutral given the metric's direction. */
	tone: 'good' | 'bad' | 'neutral';
}

/**
 * Computes the change of `cur` against `prev`; null when either side is missing. A change that
 * rounds to zero at the metric's decimals (shown as ±0) is neutral, never coloured good or bad.
 */
export function change(
	cur: number | null,
	prev: number | null,
	m: Pick<MetricRecord, 'unit' | 'better' | 'digits'>
): Change | null {
	if (cur === null || prev === null) return null;
	const delta = cur - prev;
	const relative = m.unit === 'pct' || prev === 0 ? null : (100 * delta) / Math.abs(prev);
	const shown = sign(delta, m.digits);
	const tone =
		shown === '±' || !m.better
			? 'neutral'
			: (shown === '+') === (m.better === 'up')
				? 'good'
				: 'bad';
	return { delta, relative, tone };
}
