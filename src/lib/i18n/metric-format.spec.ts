import { describe, expect, it } from 'vitest';
import { agencyMetrics } from '$lib/queries/agency-metrics';
import { mapMetrics } from '$lib/queries/map-metrics';
import { metrics } from '$lib/queries/metrics';
import { locales } from './format';
import { messages } from './messages';
import { change, formatDelta, formatMetric, formatRelative } from './metric-format';
import { wordKeys, type AnyMetric } from './metric-words';

describe('change against the previous period', () => {
	const m = (unit: 'count' | 'pct' | 'days', better: 'up' | 'down', digits = 1) =>
		({ unit, better, digits }) as const;
	it('gives the relative change for counts', () => {
		expect(change(120, 100, m('count', 'up', 0))).toEqual({
			delta: 20,
			relative: 20,
			tone: 'good'
		});
	});
	it('gives points, not percent of percent, for percentages', () => {
		expect(change(40, 50, m('pct', 'up'))).toEqual({ delta: -10, relative: null, tone: 'bad' });
	});
	it('knows that fewer days to resolve is good', () => {
		expect(change(3, 4, m('days', 'down'))?.tone).toBe('good');
	});
	it('has no change without a previous value or from zero', () => {
		expect(change(3, null, m('count', 'up'))).toBeNull();
		expect(change(3, 0, m('count', 'up'))?.relative).toBeNull();
	});
	it("colours no change that shows as ±0 at the metric's decimals", () => {
		expect(change(0.54, 0.51, m('pct', 'down'))?.tone).toBe('neutral');
		expect(change(0.56, 0.51, m('pct', 'down'))?.tone).toBe('bad');
		expect(change(0.51, 0.56, m('pct', 'down'))?.tone).toBe('good');
		expect(change(7, 7, m('count', 'up', 0))?.tone).toBe('neutral');
	});
});

describe('the one metric formatter', () => {
	const pct = { unit: 'pct', digits: 1 } as const;
	const days = { unit: 'days', digits: 1 } as const;
	it('shows the metric decimals in the locale, with its unit when asked', () => {
		expect(formatMetric('id', pct, 12.345)).toBe('12,3');
		expect(formatMetric('en', pct, 12.345, true)).toBe('12.3%');
		expect(formatMetric('id', days, 2, true)).toBe(`2,0 ${messages.id.unit_days}`);
		expect(formatMetric('en', days, null, true)).toBe('—');
	});
	it('signs a change as shown: points for percentages, ± when it rounds to zero', () => {
		expect(formatDelta('en', pct, -2.04, true)).toBe('−2.0 pp');
		expect(formatDelta('en', pct, 0.04, true)).toBe('±0.0 pp');
		expect(formatDelta('id', days, 1.25)).toBe('+1,3');
		expect(formatRelative('en', 12.5)).toBe('+12.5%');
	});
});

describe('metric words', () => {
	const all: AnyMetric[] = [...metrics, ...agencyMetrics, ...Object.values(mapMetrics)];
	it('every metric has a label and a definition of its own in every language', () => {
		for (const locale of locales)
			for (const m of all) {
				const label = messages[locale][wordKeys(m).label];
				expect(label, `${m.scope} ${m.id}`).toBeTruthy();
				expect(messages[locale][wordKeys(m).definition]).not.toBe(label);
			}
	});
});
