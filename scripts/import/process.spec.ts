import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTableFile } from '../../src/lib/import/file-reader';
import { ProblemLog } from '../../src/lib/import/problems';
import { tableByName } from '../../src/lib/schema/index';
import { ImportFailed, importFolder } from './import-folder';
import { LockHeld } from './temp';

let root: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'jb-import-process-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the documented command in its own process; resolves with its exit code or signal. */
function cli(args: string[], env: Record<string, string>, onSpawn?: (pid: number) => void) {
	return new Promise<{ code: number | null; stderr: string }>((done) => {
		const p = spawn(process.execPath, ['--import', 'tsx', 'scripts/import-data.ts', ...args], {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let stderr = '';
		p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		onSpawn?.(p.pid!);
		p.on('exit', (code) => done({ code, stderr }));
	});
}

/** The samples with `requests.csv` grown to `n` rows (the samples repeated under new ids). */
function bigFolder(name: string, n: number): string {
	const dir = join(root, name);
	cpSync('data/samples', dir, { recursive: true });
	const [head, ...rows] = readFileSync(join(dir, 'requests.csv'), 'utf8').trim().split('\n');
	const out: string[] = [head!];
	for (let i = 0; i < n; i++) out.push(rows[i % rows.length]!.replace(/^[^,]+/, `R-BIG-${i}`));
	writeFileSync(join(dir, 'requests.csv'), out.join('\n') + '\n');
	return dir;
}

describe('the import command as a process', () => {
	it('exits non-zero with the place of the problem, writing nothing', async () => {
		const dir = join(root, 'bad');
		cpSync('data/samples', dir, { recursive: true });
		writeFileSync(
			join(dir, 'events.csv'),
			readFileSync(join(dir, 'events.csv'), 'utf8').replace(/,held,\d+/, ',held,1.000')
		);
		const out = join(root, 'bad-out', 'data.duckdb');
		const r = await cli([dir, '--out', out], {});
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/events\.csv line \d+, column 9 \(visitors\): "1\.000" is ambiguous/);
		expect(readdirSync(join(root, 'bad-out'))).toEqual([]);
	}, 60_000);

	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		it(`leaves nothing behind when stopped by ${signal}`, async () => {
			const dir = bigFolder(`big-${signal}`, 150_000);
			const temp = mkdtempSync(join(root, 'tmp-'));
			const outDir = join(root, `out-${signal}`);
			const out = join(outDir, 'data.duckdb');
			let pid = 0;
			const run = cli([dir, '--out', out], { TMPDIR: temp }, (p) => (pid = p));
			// Stop it once it is staging rows in its private folder.
			for (let i = 0; i < 600; i++) {
				await new Promise((r) => setTimeout(r, 50));
				const [priv] = readdirSync(temp);
				if (priv && existsSync(join(temp, priv, 'requests.csv'))) break;
			}
			process.kill(pid, signal);
			const r = await run;
			expect(r.code).toBe(signal === 'SIGINT' ? 130 : 143);
			// (tsx keeps its own cache there.)
			expect(readdirSync(temp).filter((f) => !f.startsWith('tsx-'))).toEqual([]);
			expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
		}, 120_000);
});

describe('imports to one output', () => {
	it('refuses a second import while the first runs, then works again', async () => {
		const out = join(root, 'locked', 'data.duckdb');
		const first = importFolder('data/samples', out);
		await expect(importFolder('data/samples', out)).rejects.toBeInstanceOf(LockHeld);
		await first;
		expect(readdirSync(join(root, 'locked'))).toEqual(['data.duckdb']);
		await expect(importFolder(join(root, 'nowhere'), out)).rejects.toThrow();
		expect(readdirSync(join(root, 'locked'))).toEqual(['data.duckdb']);
		expect(ImportFailed).toBeDefined();
	}, 60_000);
});

describe('memory while reading a large file', () => {
	it('stays bounded: the heap grows far less than the file', async () => {
		const table = tableByName('events')!;
		const venue = 'Balai Desa '.repeat(30);
		const rowsPerChunk = 2_000;
		const chunks = 200;
		const enc = new TextEncoder();
		let size = 0;
		async function* file() {
			yield enc.encode(Object.keys(table.columns).join(',') + '\n');
			for (let c = 0; c < chunks; c++) {
				const lines: string[] = [];
				for (let i = 0; i < rowsPerChunk; i++)
					lines.push(
						`E-${c}-${i},gempungan,32.14,32.14.09,32.14.09.2006,${venue},2024-01-02,held,${i}`
					);
				const b = enc.encode(lines.join('\n') + '\n');
				size += b.length;
				// What the reader holds, measured between chunks after a full collection.
				if (c % 25 === 24) {
					gc();
					peak = Math.max(peak, process.memoryUsage().heapUsed);
				}
				yield b;
			}
		}
		v8.setFlagsFromString('--expose-gc');
		const gc = runInNewContext('gc') as () => void;
		gc();
		const base = process.memoryUsage().heapUsed;
		let peak = base;
		let rows = 0;
		const log = new ProblemLog();
		await readTableFile(table, 'events.csv', file(), log, () => rows++);
		expect(log.size).toBe(0);
		expect(rows).toBe(rowsPerChunk * chunks);
		console.log(
			`read ${(size / 1e6).toFixed(0)} MB; retained heap grew at most ${((peak - base) / 1e6).toFixed(0)} MB`
		);
		// A whole-file reader would hold the file (and more); this one holds a chunk and a row.
		expect(peak - base).toBeLessThan(32e6);
		expect(size).toBeGreaterThan(150e6);
	}, 120_000);
});
