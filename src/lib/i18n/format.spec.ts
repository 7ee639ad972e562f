import { describe, expect, it } from 'vitest';
import { fill, formatDate, formatMonth, formatNumber } from './format';

describe('locale formatting', () => {
	it('formats numbers the Indonesian way by default and the English way when switched', () => {
		expect(formatNumber('id', 1234.5, 1)).toBe('1.234,5');
		expect(formatNumber('en', 1234.5, 1)).toBe('1,234.5');
		expect(formatNumber('id', null)).toBe('—');
	});
	it('formats dates as 12 Mar 2025', () => {
		expect(formatDate('id', '2025-03-12')).toBe('12 Mar 2025');
		expect(formatDate('en', '2025-03-12')).toBe('12 Mar 2025');
		expect(formatDate('id', '2025-08-17')).toBe('17 Agu 2025');
		expect(formatMonth('id', '2025-05')).toBe('Mei 2025');
		// Three letters for September too, in both languages.
		expect(formatMonth('en', '2025-09')).toBe('Sep 2025');
		expect(formatDate('en', '2025-09-01')).toBe('1 Sep 2025');
		expect(formatMonth('id', '2025-09')).toBe('Sep 2025');
	});
	it('fills message slots', () => {
		expect(fill('Tahun {year}', { year: 2025 })).toBe('Tahun 2025');
	});
});
