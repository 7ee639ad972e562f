import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../tests/support/browser.ts';
import { serveStatic } from '../../tests/support/server.ts';
import { readArgs, usage, UsageError } from './args';
import { runBrowser, type BrowserResult } from './browser-run';
import { BENCH_DIR, ensureData } from './data';
import { runNative } from './native-run';
import { scenario } from './scenario';
import { BASE_PATH, buildSite, SITE_DIR, stageSite, useData } from './site';
import { summarize } from './stats';
import { phaseTable, type PhaseRow } from './phase-table';
import { markdownTable, sizeRow, targetLines, type SizeRow } from './table';

// `npm run bench`: for each data size, a fresh page (start-up + filter changes) and the same
// SQL on native DuckDB; prints a markdown table and writes it to .bench/results.md.
process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

async function main(): Promise<void> {
	const args = readArgs(process.argv.slice(2));
	if (!args) {
		console.log(usage);
		return;
	}
	const files = new Map<number, string>();
	for (const n of args.sizes) files.set(n, await ensureData(n, args.seed, args.regen));
	if (!args.skipBuild) await buildSite();
	stageSite();

	const server = await serveStatic(SITE_DIR, BASE_PATH);
	const browser = await launchBrowser();
	const rows: SizeRow[] = [];
	const raw: unknown[] = [];
	const phases: PhaseRow[] = [];
	try {
		for (const [requests, file] of files) {
			console.error(`bench: ${requests.toLocaleString('en-US')} requests — browser`);
			await useData(file);
			const loadTimeout = 60_000 + (requests / 1_000_000) * 60_000;
			const b = await runBrowser(browser, server.url, scenario(args.changes), loadTimeout);
			console.error(`bench: ${requests.toLocaleString('en-US')} requests — native`);
			const sequence = b.changes.map((c) => c.filters);
			const n = await runNative(file, b.initial, sequence, args.nativeThreads);
			// The engine is compared with native DuckDB on the statements it ran: a change answered
			// from a kept result (a filter state seen before) counts in the latency only.
			const ran = b.changes.map((c) => !c.cached);
			const onRan = (xs: number[]) => xs.filter((_, i) => ran[i]);
			const row = sizeRow(
				{
					requests,
					fileMb: statSync(file).size / 1_048_576,
					engineMs: b.engineMs,
					loadMs: b.loadMs,
					firstRenderMs: b.firstRenderMs,
					cached: ran.filter((r) => !r).length
				},
				b.changes.map((c) => c.latencyMs),
				onRan(b.changes.map((c) => c.queryMs)),
				onRan(n.queryMs),
				onRan(n.rawMs)
			);
			let read: BrowserResult | null = null;
			if (args.readMs > 0) {
				console.error(`bench: ${requests.toLocaleString('en-US')} requests — reading pass`);
				const steps = scenario(args.changes);
				read = await runBrowser(browser, server.url, steps, loadTimeout, {
					readMs: args.readMs,
					pointMs: args.pointMs
				});
				row.read = {
					change: summarize(read.changes.map((c) => c.latencyMs)),
					cached: read.changes.filter((c) => c.cached).length
				};
			}
			rows.push(row);
			phases.push({ requests, ...b.phases });
			raw.push({ requests, row, browser: b, native: n, read });
		}
	} finally {
		await browser.close();
		await server.close();
	}

	const threads =
		args.nativeThreads === undefined ? 'default threads' : `${args.nativeThreads} thread(s)`;
	const text = [
		`## Jemput Bola benchmark — ${new Date().toISOString()}`,
		'',
		markdownTable(rows),
		'',
		`Times in ms; median / p95 over ${args.changes} filter changes, each made on a settled page (every panel loaded). Load = fetch + attach; first render from navigation start. Answered from kept results = changes back to a filter state whose statement the connector had run (no engine run; in the change column only). After reading = the same changes in a fresh page, each made ${args.readMs} ms after the page settled and then ${args.pointMs} ms after opening its control (a list open, a date field focused and then typed one key at a time, a button under the pointer), as a reader does; the page runs the likely next statements ahead meanwhile, and the choices of an open list, with the changes answered from kept results in brackets. Wasm query = the overview SQL in the worker, over the other changes. Native: @duckdb/node-api, ${threads}.`,
		'',
		targetLines(rows),
		'',
		'Where the first render goes (ms from navigation start):',
		'',
		phaseTable(phases),
		''
	].join('\n');
	console.log(text);
	for (const r of raw as { requests: number; browser: { changes: Record<string, number>[] } }[]) {
		const med = (k: string) => summarize(r.browser.changes.map((c) => c[k]!)).median.toFixed(1);
		console.log(
			`where a change goes (${r.requests}, median ms): before query ${med('beforeMs')}, query ${med('queryMs')} (arrow->rows ${med('rowsMs')}), after ${med('afterMs')}, total ${med('latencyMs')}`
		);
	}
	writeFileSync(join(BENCH_DIR, 'results.md'), text);
	writeFileSync(join(BENCH_DIR, 'results.json'), JSON.stringify(raw, null, '\t'));
}

try {
	await main();
} catch (e) {
	if (e instanceof UsageError) console.error(`bench: ${e.message}\n\n${usage}`);
	else console.error(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
	process.exit(1);
}
