import { readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/server.ts';
import { importCsvs, tenfoldRequests } from './import-data.ts';
import { watchMemory, type MemorySample } from './proc-memory.ts';
import { buildSite } from './site.ts';

// `npm run bench:import [-- --skip-build] [--10m]`: the browser import of the demo data (1M
// requests, every table, every check) in headless Chromium against duckdb-wasm's own read_csv of
// the same requests.csv without checks. Reports rows/s per table, the phases, the memory peak of
// the Chromium processes, and the ratio. `--10m` then drops a tenfold requests.csv (10M rows)
// once: it must import or stop early with the memory message, never crash the tab.
process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const BASE = '/jemput-bola';
const argv = process.argv.slice(2);
const MiB = 1_048_576;
const mb = (b: number) => `${(b / MiB).toFixed(0)} MiB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const rate = (rows: number, ms: number) =>
	`${Math.round(rows / (ms / 1000)).toLocaleString('en-US')}`;

/** duckdb-wasm's read_csv of `file` (no checks) in a fresh page; times and memory peak. */
async function readCsvBaseline(browser: Browser, file: string) {
	const harness = await build({
		entryPoints: ['scripts/bench/read-csv-harness.ts'],
		bundle: true,
		write: false,
		format: 'iife'
	});
	const dist = 'node_modules/@duckdb/duckdb-wasm/dist';
	const context = await browser.newContext();
	await context.route('http://bench.local/**', (route) => {
		const path = new URL(route.request().url()).pathname;
		if (path === '/')
			return route.fulfill({
				contentType: 'text/html',
				body: `<input type="file"><script>${harness.outputFiles[0]!.text}</script>`
			});
		const type = path.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
		return route.fulfill({ contentType: type, body: readFileSync(join(dist, path.slice(1))) });
	});
	const page = await context.newPage();
	await page.goto('http://bench.local/');
	await page.setInputFiles('input', file);
	const mem = watchMemory();
	const r = await page.evaluate(() =>
		(window as unknown as { jbReadCsv: () => Promise<Record<string, number>> }).jbReadCsv()
	);
	const peak = mem.stop();
	await context.close();
	return { ...(r as { rows: number; fileMs: number; readCsvMs: number }), peak };
}

interface FileRow {
	file: string;
	table: string;
	rows: number;
	ms: number;
}

/** Drops `files` on the import page; waits for the outcome (or a crash) and reads its timings. */
async function importInPage(browser: Browser, url: string, files: string[], timeoutMs: number) {
	const context = await browser.newContext();
	const page: Page = await context.newPage();
	let crashed = false;
	page.on('crash', () => (crashed = true));
	await page.goto(url + 'import/');
	await page.waitForSelector('[data-banner]', { timeout: 120_000 });
	await page.waitForLoadState('networkidle');
	const before = watchMemory();
	const baseline = before.stop();
	const mem = watchMemory();
	const t0 = performance.now();
	await page.setInputFiles('input[name="import-files"]', files);
	const status = await page
		.waitForSelector(
			'[data-import-status="done"], [data-import-status="problems"], [data-import-status="error"], [data-import-status="too-big"]',
			{ timeout: timeoutMs }
		)
		.then((el) => el.getAttribute('data-import-status'))
		.catch((e: unknown) => (crashed ? 'crashed' : `timeout (${String(e).slice(0, 80)})`));
	const wallMs = performance.now() - t0;
	const peak: MemorySample = mem.stop();
	const result = crashed
		? null
		: await page.evaluate(() => ({
				marks: Object.fromEntries(
					performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])
				),
				build: performance
					.getEntriesByType('measure')
					.filter((m) => m.name.startsWith('jb:build:'))
					.map((m) => ({ sql: m.name.slice(9), ms: m.duration })),
				files: [...document.querySelectorAll<HTMLElement>('[data-import-file]')].map((e) => ({
					file: e.dataset.importFile!,
					table: e.dataset.table ?? '',
					rows: Number(e.querySelector('td:last-child')!.textContent!.replace(/\D/g, '')),
					ms: Number(e.dataset.ms)
				})),
				message: document.querySelector('[data-import-status]')?.textContent?.trim() ?? ''
			}));
	await context.close().catch(() => undefined);
	return { status, wallMs, peak, baseline, result };
}

async function main(): Promise<void> {
	if (!argv.includes('--skip-build')) await buildSite();
	const files = await importCsvs();
	const server = await serveStatic('build', BASE);
	const browser = await launchBrowser();
	const lines: string[] = [];
	try {
		const requests = files.find((f) => f.endsWith('requests.csv'))!;
		console.error('bench:import: duckdb-wasm read_csv of requests.csv');
		const base = await readCsvBaseline(browser, requests);
		console.error('bench:import: browser import of every table');
		const run = await importInPage(browser, server.url, files, 900_000);
		if (run.status !== 'done' || !run.result) throw new Error(`import ended: ${run.status}`);
		const m = run.result.marks as Record<string, number>;
		const total = (m['jb:import-built'] ?? NaN) - (m['jb:import-start'] ?? NaN);
		const checked = (m['jb:import-related'] ?? NaN) - (m['jb:import-start'] ?? NaN);
		const rows = run.result.files.reduce((a, f) => a + f.rows, 0);
		const baseMs = base.fileMs + base.readCsvMs;
		lines.push(
			`## Browser import — ${new Date().toISOString()}`,
			'',
			'| table | rows | check ms | rows/s |',
			'| --- | ---: | ---: | ---: |',
			...run.result.files
				.sort((a: FileRow, b: FileRow) => b.rows - a.rows)
				.map(
					(f: FileRow) =>
						`| ${f.table} | ${f.rows.toLocaleString('en-US')} | ${Math.round(f.ms)} | ${rate(f.rows, f.ms)} |`
				),
			'',
			`- files: ${mb(files.reduce((a, f) => a + statSync(f).size, 0))}, ${rows.toLocaleString('en-US')} rows`,
			`- phases: read + checks in the worker ${s(m['jb:import-checked']! - m['jb:import-start']!)}, checks between tables ${s(m['jb:import-related']! - m['jb:import-checked']!)} (Arrow batches still to insert when the worker ended ${s(m['jb:import-registered']! - m['jb:import-checked']!)}, keys and references ${s(m['jb:import-related']! - m['jb:import-registered']!)}), build ${s(m['jb:import-built']! - m['jb:import-related']!)}, kept in OPFS ${s(m['jb:import-kept']! - m['jb:import-built']!)}; the new engine was ready ${s(m['jb:engine-ready']! - m['jb:import-start']!)} after the drop`,
			`- slowest statements of the build: ${run.result.build
				.sort((a, b) => b.ms - a.ms)
				.slice(0, 4)
				.map((b) => `${s(b.ms)} \`${b.sql}…\``)
				.join(', ')}`,
			`- drop → checked data in DuckDB (the import itself: every check, before the derived build): ${s(checked)} (${rate(rows, checked)} rows/s over every table)`,
			`- drop → data in use (total, with the derived build): ${s(total)} (${rate(rows, total)} rows/s over every table)`,
			`- memory peak (RSS of Chromium's processes): ${mb(run.peak.total)} total, ${mb(run.peak.largest)} largest process (before the drop: ${mb(run.baseline.total)} / ${mb(run.baseline.largest)})`,
			`- duckdb-wasm read_csv of requests.csv, no checks: ${s(baseMs)} (file ${s(base.fileMs)} + read_csv ${s(base.readCsvMs)}), ${rate(base.rows, baseMs)} rows/s, peak ${mb(base.peak.total)} / ${mb(base.peak.largest)}`,
			`- ratio read_csv time / import time (aim ≥ 1×, ideally 2×): ${(baseMs / checked).toFixed(2)}× to the checked data in DuckDB, ${(baseMs / total).toFixed(2)}× to the data in use (with the derived build)`,
			`- load average of this machine (1 / 5 min): ${loadavg()
				.slice(0, 2)
				.map((x) => x.toFixed(1))
				.join(' / ')} on ${availableParallelism()} cores (wall times scale with it)`
		);
		if (argv.includes('--10m')) {
			const big = await tenfoldRequests(requests);
			console.error('bench:import: 10M requests');
			const r10 = await importInPage(
				browser,
				server.url,
				files.map((f) => (f === requests ? big : f)),
				1_800_000
			);
			lines.push(
				`- 10M requests (${mb(statSync(big).size)}): ${r10.status} after ${s(r10.wallMs)}, peak ${mb(r10.peak.total)} / ${mb(r10.peak.largest)}; page says: "${r10.result?.message.slice(0, 300) ?? '(no page)'}"`
			);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	console.log(lines.join('\n'));
}

await main();
