import { describe, expect, it } from 'vitest';
import { checkFiles } from './check-files';
import { decode } from './decode';
import { recognise } from './recognise';

describe('browser import', () => {
	it('recognises a table by file name (longest match) or by header', () => {
		expect(recognise('event_agencies.csv', [])?.table.name).toBe('event_agencies');
		expect(recognise('Event Agencies.xlsx', [])?.table.name).toBe('event_agencies');
		expect(recognise('2025 - agencies.csv', [])?.table.name).toBe('agencies');
		const hit = recognise('export (3).csv', ['event_id', 'agency_code', 'status', 'staff']);
		expect(hit).toMatchObject({ by: 'header', table: { name: 'event_agencies' } });
		expect(recognise('x.csv', ['a', 'b'])).toBeNull();
	});

	it('decodes UTF-8 with BOM, UTF-16 with BOM and falls back to Windows-1252', () => {
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x61]);
		expect(decode(bom)).toEqual({ text: 'a', encoding: 'utf-8' });
		expect(decode(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({
			text: 'a',
			encoding: 'utf-16le'
		});
		expect(decode(new Uint8Array([0x4a, 0xe9]))).toEqual({ text: 'Jé', encoding: 'windows-1252' });
	});

	it('gives no CSV when a required table is missing and names the file of each problem', () => {
		const res = checkFiles([
			{ file: 'programs.csv', encoding: 'utf-8', text: 'code,name,regency_code\nkm,KM,35.14\n' },
			{ file: 'notes.csv', encoding: 'utf-8', text: 'a,b\n1,2\n' }
		]);
		expect(res.csv).toBeNull();
		expect(res.files.map((f) => [f.file, f.table])).toEqual([
			['programs.csv', 'programs'],
			['notes.csv', null]
		]);
		expect(res.problems.map((p) => p.file)).toContain('notes.csv');
		expect(res.problems.map((p) => p.file)).toContain('events.csv');
	});
});
