import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { csvColumns, sortRows, type TableColumn } from './table';

type R = { name: string; v: number | null };
const cols: TableColumn<R>[] = [
	{ key: 'name', label: 'Wilayah', value: (r) => r.name },
	{ key: 'v', label: 'Nilai', value: (r) => r.v, digits: 1, numeric: true }
];
const rows: R[] = [
	{ name: 'Gempol', v: 2.25 },
	{ name: 'Bangil', v: null },
	{ name: 'Purwosari', v: 10 }
];

describe('data table', () => {
	it('sorts numbers with nulls last in both directions', () => {
		expect(sortRows(rows, cols[1], 'desc').map((r) => r.name)).toEqual([
			'Purwosari',
			'Gempol',
			'Bangil'
		]);
		expect(sortRows(rows, cols[1], 'asc').map((r) => r.name)).toEqual([
			'Gempol',
			'Purwosari',
			'Bangil'
		]);
	});
	it('sorts text alphabetically', () => {
		expect(sortRows(rows, cols[0], 'asc').map((r) => r.name)).toEqual([
			'Bangil',
			'Gempol',
			'Purwosari'
		]);
	});
	it('exports CSV rounded as shown', () => {
		expect(toCsv(rows, csvColumns(cols))).toBe(
			'Wilayah,Nilai\r\nGempol,2.3\r\nBangil,\r\nPurwosari,10\r\n'
		);
	});
});
