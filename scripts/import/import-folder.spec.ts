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
});
