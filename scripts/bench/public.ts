import { spawn } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../tests/support/browser.ts';
import { openNative } from '../lib/native-db.ts';
import { BENCH_DIR } from './data.ts';
import { links, serveThrottled } from './throttle-server.ts';
import { gzipSync } from 'node:zlib';
import { searchRows } from './public-search.ts';

// `npm run bench:public [-- --skip-build] [--runs 5]`: the public pages (`/public/…`). Builds the
// site for one small regency and for all demo regencies (build time and output size, fitted as
// fixed + per-village and projected to Jawa Barat and Indonesia), then opens village pages cold
// in headless Chromium through a local server that throttles every request on one shared
// Slow 4G link (1.6 Mbit/s down, 150 ms round trip; scripts/bench/throttle-server.ts) and reports bytes on the wire and timings.
process.chdir(fileURLToPath(new URL('../..', import.meta.url)));
const BASE = '/jemput-bola';
const SMALL = '32.75'; // Kota Bekasi: 56 kelurahan
const JABAR = 5_957;
const INDONESIA = 83_763;
const argv = process.argv.slice(2);
const SLOW_4G = links.slow4g!;
const runs = Number(argv[argv.indexOf('--runs') + 1] || 5) || 5;

function build(regencies: string): Promise<number> {
	console.error(`bench:public: building (${regencies || 'all regencies'})`);
	const t0 = performance.now();
	return new Promise((ok, fail) => {
		const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, BASE_PATH: BASE, PUBLIC_REGENCIES: regencies }
		});
		child.on('error', fail);
		child.on('exit', (code) =>
			code === 0 ? ok(performance.now() - t0) : fail(new Error(`vite build exited with ${code}`))
		);
	});
}

/** Files and bytes under a folder. */
function du(dir: string): { files: number; bytes: number } {
	let files = 0;
	let bytes = 0;
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		const s = statSync(p);
		if (s.isDirectory()) {
			const d = du(p);
			files += d.files;
			bytes += d.bytes;
		} else if (name !== '__data.json') {
			files += 1;
			bytes += s.size;
		}
	}
	return { files, bytes };
}

async function villages(regencies: string[]): Promise<string[]> {
	const db = await openNative('static/data/jemput-bola.duckdb');
	const rows = await db.query(`SELECT code FROM regions WHERE level = 'village' ORDER BY code`);
	db.close();
	return rows
		.map((r) => String(r.code))
		.filter((c) => !regencies.length || regencies.includes(c.slice(0, 5)));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (b: number) => (b / 1e6).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);

async function main(): Promise<void> {
	const skip = argv.includes('--skip-build');
	const rows: string[] = [];
	const all = await villages([]);
	if (!skip) {
		// Small first, all last: build/ ends up complete.
		const small = await build(SMALL);
		const smallSize = du('build/public');
		const smallN = (await villages([SMALL])).length;
		const full = await build('');
		const fullSize = du('build/public');
		const perVillageMs = (full - small) / (all.length - smallN);
		const fixedMs = full - perVillageMs * all.length;
		const perVillageB = (fullSize.bytes - smallSize.bytes) / (all.length - smallN);
		const fixedB = fullSize.bytes - perVillageB * all.length;
		rows.push(
			'| build | villages | public pages + CSV files | site build | public output MB |',
			'| --- | ---: | ---: | ---: | ---: |',
			`| Kota Bekasi only | ${smallN} | ${smallSize.files} | ${s(small)} s | ${mb(smallSize.bytes)} |`,
			`| all demo regencies | ${all.length} | ${fullSize.files} | ${s(full)} s | ${mb(fullSize.bytes)} |`,
			`| Jawa Barat (projected) | ${JABAR.toLocaleString('en')} | | ${s(fixedMs + perVillageMs * JABAR)} s | ${mb(fixedB + perVillageB * JABAR)} |`,
			`| Indonesia (projected) | ${INDONESIA.toLocaleString('en')} | | ${s(fixedMs + perVillageMs * INDONESIA)} s | ${mb(fixedB + perVillageB * INDONESIA)} |`,
			'',
			`Linear fit over the two builds: ${s(fixedMs)} s fixed + ${perVillageMs.toFixed(0)} ms per village (its pages in two languages, CSV and share of kecamatan/regency pages); ${(perVillageB / 1e3).toFixed(0)} KB output per village.`,
			''
		);
	}
	const site = join(BENCH_DIR, 'public-site');
	rmSync(site, { recursive: true, force: true });
	mkdirSync(BENCH_DIR, { recursive: true });
	cpSync('build', site, { recursive: true, filter: (src) => !src.endsWith('.duckdb') });
	rows.push(...searchRows(site));
	// The heaviest village page and a typical one (median size on the wire).
	const sized = all
		.map((code) => ({
			code,
			wire: gzipSync(readFileSync(join(site, 'public', code, 'index.html'))).length
		}))
		.sort((a, b) => a.wire - b.wire);
	const picks = [
		{ label: 'typical village', ...sized[Math.floor(sized.length / 2)]! },
		{ label: 'heaviest village', ...sized[sized.length - 1]! }
	];
	const server = await serveThrottled(site, BASE, 'gzip', SLOW_4G);
	const browser = await launchBrowser();
	rows.push(
		`| page (${SLOW_4G.name}, cold, median of ${runs}) | requests | KB on the wire | first contentful paint | DOM ready | load | .wasm / .duckdb |`,
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
	);
	try {
		for (const p of picks) {
			const m: {
				bytes: number;
				req: number;
				fcp: number;
				dcl: number;
				load: number;
				heavy: number;
			}[] = [];
			for (let i = 0; i < runs; i++) {
				const ctx = await browser.newContext({ viewport: { width: 390, height: 800 } });
				const page = await ctx.newPage();
				const paths: string[] = [];
				page.on('request', (r) => paths.push(new URL(r.url()).pathname));
				server.resetCounters();
				await page.goto(`${server.url}public/${p.code}/`, { waitUntil: 'load' });
				const t = await page.evaluate(async () => {
					const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
					// The paint entry can be queued after `load`: wait for it (buffered) up to 2 s.
					const fcp = await new Promise<number>((ok) => {
						new PerformanceObserver((l) => {
							const e = l.getEntriesByName('first-contentful-paint')[0];
							if (e) ok(e.startTime);
						}).observe({ type: 'paint', buffered: true });
						setTimeout(() => ok(NaN), 2000);
					});
					return { fcp, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd };
				});
				m.push({
					bytes: server.bytes(),
					req: server.requests(),
					heavy: paths.filter((x) => /\.(wasm|duckdb)/.test(x)).length,
					...t
				});
				await ctx.close();
			}
			const med = (k: keyof (typeof m)[number]) => median(m.map((x) => x[k]));
			rows.push(
				`| ${p.label} ${p.code} | ${med('req')} | ${(med('bytes') / 1024).toFixed(1)} | ${Math.round(med('fcp'))} ms | ${Math.round(med('dcl'))} ms | ${Math.round(med('load'))} ms | ${med('heavy')} |`
			);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	rows.push(
		'',
		'Aims: at most 250 KB on the wire, content within 2 s, no .wasm or .duckdb request.'
	);
	const out = rows.join('\n');
	console.log(out);
	writeFileSync(join(BENCH_DIR, 'public.md'), out + '\n');
}

await main();
