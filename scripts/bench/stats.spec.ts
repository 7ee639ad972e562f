import { describe, expect, it } from 'vitest';
import { median, p95, quantile, summarize } from './stats';

describe('stats', () => {
	it('takes the middle value of an odd sample and averages the two middle ones of an even one', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	it('interpolates p95 between the closest ranks', () => {
		const xs = Array.from({ length: 21 }, (_, i) => i * 10); // 0..200
		expect(p95(xs)).toBe(190);
		expect(p95([1, 2])).toBeCloseTo(1.95);
		expect(quantile([7], 0.95)).toBe(7);
	});

	it('does not reorder its input', () => {
		const xs = [3, 1, 2];
		summarize(xs);
		expect(xs).toEqual([3, 1, 2]);
	});

	it('gives NaN for an empty sample and rejects a quantile outside 0..1', () => {
		expect(summarize([])).toEqual({ median: NaN, p95: NaN, n: 0 });
		expect(() => quantile([1], 1.5)).toThrow(RangeError);
	});
});
