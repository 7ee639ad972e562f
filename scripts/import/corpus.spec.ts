import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../../tests/corpus/cases';
import { Folder } from '../../tests/corpus/folder';
import { openNative } from '../lib/native-db';
import { ImportFailed, importFolder } from './import-folder';

// Every case runs in this process against one data file, which must never change.
let root: string;
let temp: string;
let out: string;
let hash: string;
const savedTmp = process.env.TMPDIR;
const tally = { tried: 0, clearErrors: 0, accepted: 0, silent: 0, crashes: 0, dataLost: 0 };
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'jb-corpus-'));
	// The importer's private temporary folders go here, so "nothing left behind" can be checked.
	temp = mkdtempSync(join(root, 'tmp-'));
	process.env.TMPDIR = temp;
	out = join(root, 'out', 'data.duckdb');
	await importFolder('data/samples', out);
	hash = sha(out);
}, 60_000);

afterAll(() => {
	// Unset stays unset (assigning undefined would store the string "undefined").
	if (savedTmp === undefined) delete process.env.TMPDIR;
	else process.env.TMPDIR = savedTmp;
	rmSync(root, { recursive: true, force: true });
	console.log(
		`corpus: ${tally.tried} tried, ${tally.clearErrors} clear errors, ${tally.accepted} accepted as documented, ${tally.silent} silent acceptances, ${tally.crashes} crashes, ${tally.dataLost} data lost`
	);
});

describe('the corpus of bad inputs', () => {
	it('has at least 60 cases with distinct names', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(60);
		expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
	});

	corpus.forEach((c, i) => {
		it(c.name, async () => {
			tally.tried++;
			const dir = join(root, `case-${i}`);
			cpSync('data/samples', dir, { recursive: true });
			const want = c.make(new Folder(dir));
			if ('accept' in want) {
				const other = join(root, `accepted-${i}.duckdb`);
				const r = await importFolder(dir, other).catch((e: unknown) => e);
				if (r instanceof ImportFailed) tally.clearErrors++;
				expect(r, r instanceof Error ? r.message : '').not.toBeInstanceOf(Error);
				if (want.sql) {
					const db = await openNative(other);
					const [row] = await db.query(want.sql);
					db.close();
					expect(Object.values(row!)[0]).toEqual(want.want);
				}
				tally.accepted++;
			} else {
				const err = await importFolder(dir, out).catch((e: unknown) => e);
				if (!(err instanceof Error)) tally.silent++;
				else if (!(err instanceof ImportFailed)) tally.crashes++;
				expect(err, 'rejected with a report, not accepted or crashed').toBeInstanceOf(ImportFailed);
				const found = (err as ImportFailed).log.kept.find(
					(p) =>
						p.kind === want.kind &&
						p.file === want.file &&
						(want.line === undefined || p.line === want.line) &&
						(want.field === undefined || p.field === want.field)
				);
				expect(found, `${JSON.stringify(want)} in\n${(err as ImportFailed).message}`).toBeTruthy();
				// Every problem in a cell names its column number (a missing column has none to name).
				if (want.field && !/missing/.test(found!.message)) expect(found!.column).toBeGreaterThan(0);
				for (const p of (err as ImportFailed).log.kept)
					expect(p.message.length, 'short messages only').toBeLessThan(400);
				tally.clearErrors++;
			}
			const same = sha(out) === hash;
			if (!same) tally.dataLost++;
			expect(same, 'the data file in place is byte-identical').toBe(true);
			expect(readdirSync(join(root, 'out')), 'nothing next to the data file').toEqual([
				'data.duckdb'
			]);
			expect(readdirSync(temp), 'no temporary folder left').toEqual([]);
			rmSync(dir, { recursive: true, force: true });
		});
	});
});
