import { describe, expect, it } from 'vitest';
import { MIN_CASES, mapMetrics } from '$lib/queries/map-metrics';
import { choropleth } from './choropleth';
import { classBreaks, classOf } from './classify';
import { NEVER, NO_DATA, TOO_FEW, sequential } from './palette';

describe('class breaks', () => {
	const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
	it('quantiles put equal counts in each class', () => {
		const b = classBreaks(xs, 5, 'quantile');
		expect(b).toEqual([2, 4, 6, 8]);
		const counts = [0, 0, 0, 0, 0];
		for (const x of xs) counts[classOf(x, b)]!++;
		expect(counts).toEqual([2, 2, 2, 2, 2]);
	});
	it('equal intervals split the range evenly', () => {
		expect(classBreaks([0, 100], 4, 'equal')).toEqual([25, 50, 75]);
	});
	it('Jenks finds the natural gaps', () => {
		const b = classBreaks([1, 2, 2, 3, 10, 11, 12, 30, 31, 32], 3, 'jenks');
		expect(b).toEqual([3, 12]);
	});
	it('collapses duplicate breaks and handles constant or empty input', () => {
		expect(classBreaks([5, 5, 5, 5], 5, 'quantile')).toEqual([]);
		expect(classBreaks([], 5, 'jenks')).toEqual([]);
		expect(classOf(5, [])).toBe(0);
	});
	it('the upper bound belongs to its class', () => {
		expect(classOf(2, [2, 4])).toBe(0);
		expect(classOf(2.0001, [2, 4])).toBe(1);
		expect(classOf(99, [2, 4])).toBe(2);
	});
});

describe('choropleth states', () => {
	it('judges the aid share by the households it is computed from, not by distribution rows', () => {
		// One distribution row each: a village of 160 targeted households is judged, one of 4 is not.
		const rows = [
			{ code: 'a', rice_target_pct: 90, distributions: 1, rice_target: 160 },
			{ code: 'b', rice_target_pct: 50, distributions: 1, rice_target: MIN_CASES - 1 }
		];
		const c = choropleth(rows, mapMetrics.rice_target_pct, 'quantile');
		expect(c.areas.get('a')).toMatchObject({ kind: 'value', n: 160 });
		expect(c.areas.get('b')).toMatchObject({ kind: 'few', n: MIN_CASES - 1 });
	});

	it('tells no data, too few cases, never visited and values apart', () => {
		const rows = [
			{ code: 'a', on_site_pct: null, requests: 0 },
			{ code: 'b', on_site_pct: 50, requests: MIN_CASES - 1 },
			{ code: 'c', on_site_pct: 0, requests: 40 },
			{ code: 'd', on_site_pct: 80, requests: 40 }
		];
		const c = choropleth(rows, mapMetrics.on_site_pct, 'quantile');
		expect(c.areas.get('a')).toMatchObject({ kind: 'nodata', fill: NO_DATA });
		expect(c.areas.get('b')).toMatchObject({ kind: 'few', fill: TOO_FEW, value: 50 });
		expect(c.areas.get('c')).toMatchObject({
			kind: 'value',
			cls: 0,
			fill: sequential[0],
			value: 0
		});
		expect(c.areas.get('d')?.kind).toBe('value');
		const v = choropleth(
			[{ code: 'x', days_since_visit: null, events: 0 }],
			mapMetrics.days_since_visit,
			'equal'
		);
		expect(v.areas.get('x')).toMatchObject({ kind: 'never', fill: NEVER });
	});
});
