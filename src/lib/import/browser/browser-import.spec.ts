import { describe, expect, it } from 'vitest';
import { checkFiles, type Input } from './check-files';
import { recognise } from './recognise';

function input(file: string, text: string): Input {
	const bytes = new TextEncoder().encode(text);
	return {
		file,
		names: [file],
		head: text,
		chunks: (async function* () {
			yield bytes;
		})()
	};
}

describe('browser import', () => {
	it('recognises a table by file name (longest match) or by header', () => {
		expect(recognise('event_agencies.csv', [])?.table.name).toBe('event_agencies');
		expect(recognise('Event Agencies.xlsx', [])?.table.name).toBe('event_agencies');
		expect(recognise('2025 - agencies.csv', [])?.table.name).toBe('agencies');
		const hit = recognise('export (3).csv', ['event_id', 'agency_code', 'status', 'staff']);
		expect(hit).toMatchObject({ by: 'header', table: { name: 'event_agencies' } });
		expect(recognise('x.csv', ['a', 'b'])).toBeNull();
	});

	it('stages nothing when a table is missing, and names the file of each problem', async () => {
		const res = await checkFiles([
			input('programs.csv', 'code,name,regency_code\nkm,KM,35.14\n'),
			input('notes.csv', 'a,b\n1,2\n')
		]);
		expect(res.staged).toBeNull();
		expect(res.files.map((f) => [f.file, f.table])).toEqual([
			['programs.csv', 'programs'],
			['notes.csv', null]
		]);
		expect(res.problems.map((p) => p.file)).toContain('notes.csv');
		expect(res.problems.map((p) => p.file)).toContain('events.csv');
		expect(res.problems.map((p) => p.file)).toContain('regions.csv');
	});

	it('reads a file with a blank line and a quoted multi-line cell cleanly', async () => {
		const files = ['programs', 'regions', 'agencies', 'events', 'event_agencies', 'requests'];
		const res = await checkFiles(
			files.map((t) =>
				t === 'programs'
					? input('programs.csv', 'code,name,regency_code\n"km",KM,35.14\n\nbm,"B\nM",35.14\n')
					: input(`${t}.csv`, '')
			)
		);
		// Empty files are problems of their own; the programs file itself is clean.
		expect(res.problems.filter((p) => p.file === 'programs.csv')).toEqual([]);
		expect(res.files[0]).toMatchObject({ table: 'programs', rows: 2 });
	});
});
