import { describe, expect, it } from 'vitest';
import { excelSerial, writeXlsx } from '../../../../tests/support/xlsx';
import { strToU8, zipSync } from 'fflate';
import { readWorkbook, readXlsx, serialToIso, sheetToCsv } from './xlsx';

describe('xlsx reader', () => {
	it('reads shared strings, numbers and date-styled serial numbers, one line per sheet row', () => {
		const book = writeXlsx([
			{
				name: 'events',
				rows: [
					['event_id', 'date', 'visitors', 'venue'],
					['E1', { serial: excelSerial('2025-02-20') }, 412, 'Balai "Desa", Martopuro'],
					[],
					['E2', { serial: 45708.5 }, null, 'A & B']
				]
			},
			{ name: 'programs', rows: [['code'], ['km']] }
		]);
		const sheets = readXlsx(book);
		expect(sheets.map((s) => s.name)).toEqual(['events', 'programs']);
		expect(sheets[0]!.rows).toEqual([
			['event_id', 'date', 'visitors', 'venue'],
			['E1', '2025-02-20', '412', 'Balai "Desa", Martopuro'],
			[],
			['E2', '2025-02-20T12:00:00', '', 'A & B']
		]);
		expect(sheetToCsv(sheets[0]!).split('\n')[1]).toBe(
			'E1,2025-02-20,412,"Balai ""Desa"", Martopuro"'
		);
		expect(sheetToCsv(sheets[0]!).split('\n')).toHaveLength(4);
	});

	it('converts Excel serial days in both date systems', () => {
		expect(serialToIso(45708)).toBe('2025-02-20');
		expect(serialToIso(45708 - 1462, true)).toBe('2025-02-20');
	});

	it('refuses a zip that is not a workbook', () => {
		expect(() => readXlsx(writeXlsx([]).slice(0, 0))).toThrow();
	});

	it('says why a zip is no workbook it can read, in words of the page', () => {
		const key = (bytes: Uint8Array) => {
			const r = readWorkbook(bytes);
			return 'problem' in r ? r.problem.detail.key : r.sheets.map((s) => s.name);
		};
		const book = writeXlsx([{ name: 'events', rows: [['event_id'], ['E1']] }]);
		expect(key(book)).toEqual(['events']);
		expect(key(zipSync({ 'foto.jpg': strToU8('not a picture') }))).toBe('detail_not_workbook');
		expect(key(book.slice(0, book.length >> 1))).toBe('detail_workbook_damaged');
		expect(key(writeXlsx([{ name: 'events', rows: [] }]))).toBe('detail_workbook_empty');
	});
});
