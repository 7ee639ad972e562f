import { describe, expect, it } from 'vitest';
import { applyFilterChange, carry, filtersSearch, readFilters } from './filters-url';

describe('filters in the URL', () => {
	it('round-trips through the query string and keeps other parameters', () => {
		const url = new URL('http://x/?trend=visitors');
		const search = filtersSearch(url, {
			program: 'kenduren_mas',
			regency: '35.14',
			district: '35.14.01',
			from: '2025-01-01',
			to: '2025-12-31'
		});
		expect(search).toBe(
			'?trend=visitors&program=kenduren_mas&regency=35.14&district=35.14.01&from=2025-01-01&to=2025-12-31'
		);
		expect(readFilters(new URL('http://x/' + search))).toMatchObject({
			program: 'kenduren_mas',
			district: '35.14.01',
			from: '2025-01-01'
		});
	});
	it('drops invalid or inconsistent values instead of failing', () => {
		const f = readFilters(
			new URL(
				'http://x/?program=<b>x</b>&regency=35.14&district=32.14.01&from=2025-13-45&to=2025-02-01'
			)
		);
		expect(f.program).toBeUndefined();
		expect(f.district).toBeUndefined();
		expect(f.from).toBeUndefined();
		expect(f.to).toBe('2025-02-01');
	});
	it('swaps a reversed period', () => {
		expect(readFilters(new URL('http://x/?from=2025-03-01&to=2025-01-01'))).toMatchObject({
			from: '2025-01-01',
			to: '2025-03-01'
		});
	});
	it('clears the levels below a changed region and keeps the rest', () => {
		const cur = readFilters(
			new URL(
				'http://x/?program=kenduren_mas&regency=35.14&district=35.14.01&village=35.14.01.2001&from=2025-01-01'
			)
		);
		expect(applyFilterChange(cur, { regency: '32.14' })).toMatchObject({
			program: 'kenduren_mas',
			regency: '32.14',
			district: undefined,
			village: undefined,
			from: '2025-01-01'
		});
		expect(applyFilterChange(cur, { district: '35.14.02' })).toMatchObject({
			regency: '35.14',
			district: '35.14.02',
			village: undefined
		});
		expect(applyFilterChange(cur, { from: '2025-02-01' })).toEqual({ ...cur, from: '2025-02-01' });
	});
});

describe('links between pages', () => {
	it('carry the filters and the language, not page parameters', () => {
		const url = new URL(
			'http://x/map/?metric=visitors&program=kenduren_mas&regency=35.14&from=2025-01-01&lang=en&sort=name.asc'
		);
		expect(carry(url)).toBe('?program=kenduren_mas&regency=35.14&from=2025-01-01&lang=en');
		expect(carry(url, { lang: undefined, agency: 'dinsos' })).toBe(
			'?program=kenduren_mas&regency=35.14&from=2025-01-01&agency=dinsos'
		);
		expect(carry(new URL('http://x/?trend=visitors'))).toBe('');
	});
});
