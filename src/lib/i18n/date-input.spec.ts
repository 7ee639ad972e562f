import { describe, expect, it } from 'vitest';
import { parseDateInput } from './date-input';
import { formatDate } from './format';

describe('a date typed in the period fields', () => {
	it('reads day-first numbers, ISO dates and month names of both languages', () => {
		for (const text of [
			'12/03/2025',
			'12-3-2025',
			'12.03.2025',
			'2025-03-12',
			'12 Mar 2025',
			'12 maret 2025',
			'12 March 2025',
			' 12  MAR 2025 '
		])
			expect(parseDateInput(text), text).toBe('2025-03-12');
		expect(parseDateInput('1 Agu 2025')).toBe('2025-08-01');
		expect(parseDateInput('1 Agustus 2025')).toBe('2025-08-01');
		expect(parseDateInput('1 Okt 2025')).toBe('2025-10-01');
		expect(parseDateInput('1 Des 2025')).toBe('2025-12-01');
	});
	it('reads back what it shows, in both languages', () => {
		for (const iso of ['2025-01-31', '2024-02-29', '2026-05-01', '2025-08-17', '2025-12-25'])
			for (const locale of ['id', 'en'] as const)
				expect(parseDateInput(formatDate(locale, iso)), `${locale} ${iso}`).toBe(iso);
	});
	it('refuses days that do not exist and text that is no date', () => {
		for (const text of ['31/02/2025', '2025-13-01', '12 Foo 2025', '', 'kemarin', '03/2025'])
			expect(parseDateInput(text), text).toBeNull();
	});
});
