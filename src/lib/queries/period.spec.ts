import { describe, expect, it } from 'vitest';
import {
	addDays,
	defaultPeriod,
	lastMonth,
	outsideData,
	partialMonths,
	periodDays,
	previousPeriod,
	thisQuarter
} from './period';

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
	it('a period outside the data holds none of its days', () => {
		const data = ['2024-01-01', '2026-11-20'] as const;
		expect(outsideData('2030-01-01', '2030-12-31', ...data)).toBe(true);
		expect(outsideData('2020-01-01', '2023-12-31', ...data)).toBe(true);
		expect(outsideData('2026-11-20', '2027-01-31', ...data)).toBe(false);
		expect(outsideData('2023-01-01', '2024-01-01', ...data)).toBe(false);
		// Before the data's days are known: nothing to say.
		expect(outsideData('2030-01-01', '2030-12-31', null, null)).toBe(false);
	});
	it('default period is 365 days ending on the last day', () => {
		expect(defaultPeriod('2026-11-20')).toEqual({ from: '2025-11-21', to: '2026-11-20' });
		expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
	});
});

describe('period presets and partial months', () => {
	it('last month is the whole month before the last day’s month; this quarter runs to the last day', () => {
		expect(lastMonth('2026-11-20')).toEqual({ from: '2026-10-01', to: '2026-10-31' });
		expect(lastMonth('2025-01-31')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
		expect(lastMonth('2024-03-15')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
		expect(thisQuarter('2026-11-20')).toEqual({ from: '2026-10-01', to: '2026-11-20' });
		expect(thisQuarter('2025-03-31')).toEqual({ from: '2025-01-01', to: '2025-03-31' });
	});
	it('marks the first and last month when the period or the data covers only part of them', () => {
		const p = (from: string, to: string, first: string | null, last: string | null) =>
			Object.fromEntries(partialMonths(from, to, first, last));
		// The default period: 21 Nov – 20 Nov, both ends partial.
		expect(p('2025-11-21', '2026-11-20', '2024-01-02', '2026-11-20')).toEqual({
			'2025-11': { from: '2025-11-21', to: '2025-11-30' },
			'2026-11': { from: '2026-11-01', to: '2026-11-20' }
		});
		// A whole year is whole; all data starts on the 2nd and ends on the 20th.
		expect(p('2025-01-01', '2025-12-31', '2024-01-02', '2026-11-20')).toEqual({});
		expect(p('2024-01-01', '2026-12-31', '2024-01-02', '2026-11-20')).toEqual({
			'2024-01': { from: '2024-01-02', to: '2024-01-31' },
			'2026-11': { from: '2026-11-01', to: '2026-11-20' }
		});
		// One partial month, and a period outside the data.
		expect(p('2025-02-03', '2025-02-10', null, null)).toEqual({
			'2025-02': { from: '2025-02-03', to: '2025-02-10' }
		});
		expect(p('2030-01-01', '2030-12-31', '2024-01-02', '2026-11-20')).toEqual({});
	});
});
