import { describe, expect, it } from 'vitest';
import { safeCell, toCsv } from './csv';

describe('CSV export', () => {
	it('neutralises formula-like cells', () => {
		expect(safeCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(safeCell('+62 812')).toBe("'+62 812");
		expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(safeCell('-1+1')).toBe("'-1+1");
	});
	it('keeps numbers raw, even negative ones', () => {
		expect(safeCell(-3.5)).toBe('-3.5');
		expect(safeCell(null)).toBe('');
		expect(safeCell(Number.NaN)).toBe('');
	});
	it('quotes commas, quotes and newlines', () => {
		const csv = toCsv(
			[{ a: 'Desa, "Baru"', b: 2 }],
			[
				{ header: 'name', value: (r) => r.a },
				{ header: 'n', value: (r) => r.b }
			]
		);
		expect(csv).toBe('name,n\r\n"Desa, ""Baru""",2\r\n');
	});
});
