import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNative } from '../lib/native-db';
import { requestsSql } from '../../src/lib/queries/request-counts';
import { ImportFailed, importFolder } from './import-folder';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'jb-import-spec-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the committed demo samples (valid contract CSV files) to play with. */
function samples(name: string): string {
	const d = join(dir, name);
	cpSync('data/samples', d, { recursive: true });
	return d;
}

describe('importing a folder of CSV files', () => {
	it('writes a data file with every table and the summaries', async () => {
		const out = join(dir, 'ok.duckdb');
		const r = await importFolder(samples('ok'), out);
		const rows = readFileSync('data/samples/requests.csv', 'utf8').trim().split('\n').length - 1;
		expect(r.counts.requests).toBe(rows);
		const db = await openNative(out);
		const [row] = await db.query(
			`SELECT (SELECT sum(${requestsSql()}) FROM requests_daily) AS n, (SELECT value FROM meta WHERE key = 'synthetic') AS synthetic`
		);
		db.close();
		expect(row).toEqual({ n: rows, synthetic: 'false' });
	});

	it('drops personal columns at the door: they never reach the data file', async () => {
		const d = samples('personal');
		const file = join(d, 'requests.csv');
		const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
		writeFileSync(
			file,
			[
				`NIK,nama,${head}`,
				...lines.map((l, i) => `35140112345678${String(i).padStart(2, '0')},Warga Rahasia,${l}`)
			].join('\n')
		);
		const out = join(dir, 'personal.duckdb');
		const r = await importFolder(d, out);
		expect(r.notes.join('\n')).toContain('dropped personal columns NIK, nama');
		expect(readFileSync(out).includes(Buffer.from('Warga Rahasia'))).toBe(false);
		expect(readFileSync(out).includes(Buffer.from('3514011234567800'))).toBe(false);
	});

	it('names the line and column of a bad cell and leaves the existing data file untouched', async () => {
		const out = join(dir, 'keep.duckdb');
		await importFolder(samples('first'), out);
		const before = readFileSync(out);
		const d = samples('bad');
		const file = join(d, 'events.csv');
		const lines = readFileSync(file, 'utf8').split('\n');
		lines[4] = lines[4]!.replace(/,\d{4}-\d{2}-\d{2},/, ',2025-02-31,');
		writeFileSync(file, lines.join('\n'));
		const err = await importFolder(d, out).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(ImportFailed);
		expect((err as ImportFailed).problems[0]).toMatch(
			/^events\.csv line 5, column 7 \(date\): .*2025-02-31/
		);
		expect(readFileSync(out).equals(before)).toBe(true);
	});

	it('reports a duplicate key without writing', async () => {
		const d = samples('dup');
		const file = join(d, 'programs.csv');
		const lines = readFileSync(file, 'utf8').trim().split('\n');
		writeFileSync(file, [...lines, lines[1]].join('\n'));
		const err = await importFolder(d, join(dir, 'dup.duckdb')).catch((e: unknown) => e);
		expect((err as ImportFailed).problems.join('\n')).toMatch(/duplicate key/i);
	});

	it('lists a bad date and an unknown village in one pass, blaming no row for a row that failed', async () => {
		const d = samples('both');
		const file = join(d, 'events.csv');
		const lines = readFileSync(file, 'utf8').split('\n');
		const head = lines[0]!.split(',');
		const [date, village, district] = ['date', 'village_code', 'district_code'].map((c) =>
			head.indexOf(c)
		);
		// Line 4: a bad date (requests and event_agencies refer to this event); line 6: a village
		// of the right kecamatan that regions.csv does not know.
		const cells4 = lines[3]!.split(',');
		cells4[date!] = '2025-13-45';
		lines[3] = cells4.join(',');
		const cells6 = lines[5]!.split(',');
		cells6[village!] = `${cells6[district!]}.9999`;
		lines[5] = cells6.join(',');
		writeFileSync(file, lines.join('\n'));
		const err = (await importFolder(d, join(dir, 'both.duckdb')).catch(
			(e: unknown) => e
		)) as ImportFailed;
		expect(err).toBeInstanceOf(ImportFailed);
		expect(err.log.kept.map((p) => [p.kind, p.file, p.line, p.column, p.field])).toEqual([
			['type', 'events.csv', 4, date! + 1, 'date'],
			['foreign_key', 'events.csv', 6, village! + 1, 'village_code']
		]);
		expect(err.log.size).toBe(2);
		expect(err.problems[1]).toMatch(/unknown region code/);
		expect(err.skipped).toEqual([]);
	});

	it('says which checks between tables were not run, and still runs the others', async () => {
		const d = samples('unreadable');
		const agencies = join(d, 'agencies.csv');
		const [, ...rest] = readFileSync(agencies, 'utf8').split('\n');
		writeFileSync(agencies, ['kode,nama', ...rest].join('\n'));
		const programs = join(d, 'programs.csv');
		const lines = readFileSync(programs, 'utf8').trim().split('\n');
		writeFileSync(programs, [...lines, lines[1]].join('\n'));
		const err = (await importFolder(d, join(dir, 'unreadable.duckdb')).catch(
			(e: unknown) => e
		)) as ImportFailed;
		expect(err.skipped.join('\n')).toMatch(
			/checks between tables involving agencies were not run because agencies\.csv could not be read/
		);
		expect(err.log.count('primary_key')).toBe(1);
		expect(err.log.count('foreign_key')).toBe(0);
	});
});
