import { describe, expect, it } from 'vitest';
import { addDays, defaultPeriod, periodDays, previousPeriod } from './period';

describe('period', () => {
	it('counts both ends', () => {
		expect(periodDays('2025-01-01', '2025-01-31')).toBe(31);
		expect(periodDays('2024-02-28', '2024-03-01')).toBe(3);
	});
	it('previous period has equal length and ends the day before', () => {
		expect(previousPeriod('2025-01-01', '2025-12-31')).toEqual({
			from: '2024-01-01',
			to: '2024-12-31'
		});
		expect(previousPeriod('2025-03-01', '2025-03-31')).toEqual({
			from: '2025-02-01',
			to: '2025-02-28'
		});
		expect(previousPeriod('2025-01-01', '2025-06-30')).toEqual({
			from: '2024-07-01',
			to: '2024-12-31'
		});
		expect(previousPeriod('2025-03-05', '2025-03-11')).toEqual({
			from: '2025-02-26',
			to: '2025-03-04'
		});
		expect(previousPeriod('2024-03-01', '2025-02-28')).toEqual({
			from: '2023-03-01',
			to: '2024-02-29'
		});
	});
	it('default period is 365 days ending on the last day', () => {
		expect(defaultPeriod('2026-11-20')).toEqual({ from: '2025-11-21', to: '2026-11-20' });
		expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
	});
});
