import { describe, expect, it } from 'vitest';
import { change } from './kpi-format';

describe('change against the previous period', () => {
	it('gives the relative change for counts', () => {
		expect(change(120, 100, 'count', 'up')).toEqual({ delta: 20, relative: 20, tone: 'good' });
	});
	it('gives points, not percent of percent, for percentages', () => {
		expect(change(40, 50, 'pct', 'up')).toEqual({ delta: -10, relative: null, tone: 'bad' });
	});
	it('knows that fewer days to resolve is good', () => {
		expect(change(3, 4, 'days', 'down')?.tone).toBe('good');
	});
	it('has no change without a previous value or from zero', () => {
		expect(change(3, null, 'count', 'up')).toBeNull();
		expect(change(3, 0, 'count', 'up')?.relative).toBeNull();
	});
});
