import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/support/browser.ts';
import { printTable } from './data';
import { visitRanges, type RangesVisit, type StepCost } from './ranges-run';
import { stageRanges } from './ranges-site';
import { linksNamed, serveThrottled, type HostKind } from './throttle-server';

// `npm run bench:ranges -- --site <built site> [--tiers <folder with manifest.json>]`: the
// overview's first engine result two ways through the throttled host, in the same page: (a) as
// the dashboard does, the .zst analytics file downloaded, decoded and attached from memory;
// (b) the uncompressed file attached by URL, read by duckdb-wasm's HTTP range requests; and (b)
// on a host without range support (duckdb-wasm's fallback reads the whole file). Then a program
// change, the agencies page (second file) and a kecamatan. `--ways asraw` adds (b) with the
// dashboard's own engine settings (how the map's village panel once read the full file). Appends to .bench/ranges.md.
process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const { values } = parseArgs({
	options: {
		site: { type: 'string', default: 'build' },
		tiers: { type: 'string' },
		base: { type: 'string', default: '/jemput-bola' },
		links: { type: 'string', default: 'fast4g,slow4g' },
		hosts: { type: 'string', default: 'gzip,plain' },
		ways: { type: 'string', default: 'zst,range,norange' },
		label: { type: 'string', default: '' }
	}
});

/** The ways to attach the data: the harness mode and whether the host answers ranges. */
const ways = {
	zst: { mode: 'zst', ranges: true, asDashboard: false, name: '.zst whole (today)' },
	range: { mode: 'range', ranges: true, asDashboard: false, name: 'range reads' },
	norange: {
		mode: 'range',
		ranges: false,
		asDashboard: false,
		name: 'range reads, host without Range'
	},
	// By URL with the dashboard's engine settings (as the map's village panel once read the full file).
	asraw: { mode: 'range', ranges: true, asDashboard: true, name: "by URL, duckdb.ts's settings" }
} as const;

const mb = (b: number) => (b / 1_048_576).toFixed(2);
const s = (ms: number) => (ms / 1000).toFixed(2);
const cost = (c: StepCost | undefined) =>
	c ? `${s(c.ms)} s, ${mb(c.dataBytes)} MB, ${c.dataRequests} req` : '–';
const load = () =>
	loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');

const site = await stageRanges(values.site, values.tiers);
const label = values.label || `${site.manifest.analytics.hash}`;
console.error(
	`bench:ranges: analytics ${mb(site.manifest.analytics.bytes)} + ${mb(site.manifest.more.bytes)} MB zst, ` +
		`${mb(site.rawBytes.first)} + ${mb(site.rawBytes.more)} MB uncompressed; load ${load()}`
);
const rows: string[] = [];
const loadBefore = load();
const browser = await launchBrowser();
try {
	for (const link of linksNamed(values.links)) {
		for (const h of values.hosts.split(',') as HostKind[]) {
			for (const w of values.ways.split(',') as (keyof typeof ways)[]) {
				const way = ways[w];
				if (!way) throw new Error(`unknown way ${w}`);
				const host = await serveThrottled(site.root, values.base, h, link, { ranges: way.ranges });
				let r: RangesVisit;
				try {
					r = await visitRanges(browser, host, site.config(way.mode, way.asDashboard), 20 * 60_000);
				} finally {
					await host.close();
				}
				const first = r.steps.first!;
				const row = [
					label,
					link.name,
					h,
					way.name,
					mb(r.bytes),
					mb(first.dataBytes),
					`${r.requests} (${first.dataRequests})`,
					s(r.engineReadyMs),
					s(first.ms),
					cost(r.steps.program),
					cost(r.steps.agencies),
					cost(r.steps.district)
				];
				rows.push(`| ${row.join(' | ')} |`);
				console.error(rows.at(-1));
			}
		}
	}
} finally {
	await browser.close();
}
printTable(
	'ranges.md',
	`Range reads — ${new Date().toISOString()} ${label}, load average ${loadBefore} -> ${load()}`,
	[
		'| data | link | host | way | MB on the wire to first result | of which data MB | HTTP requests (data) | engine ready s | first result s | program change: s, data MB, requests | agencies page (second file) | kecamatan (village tables) |',
		'| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
	],
	rows
);
