import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/support/browser.ts';
import { printTable } from './data';
import { coldAndWarm, type VisitResult } from './network-run';
import { linksNamed, serveThrottled, type HostKind } from './throttle-server';

// `npm run bench:network`: cold and warm visits of the overview through a throttled local host
// that every request shares (also the worker's wasm and data downloads, which Chromium's
// page-level network emulation does not slow). Appends a table to .bench/network.md.
process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const { values } = parseArgs({
	options: {
		site: { type: 'string', default: 'build' },
		base: { type: 'string', default: '/jemput-bola' },
		links: { type: 'string', default: 'fast4g,slow4g' },
		hosts: { type: 'string', default: 'gzip,plain' },
		label: { type: 'string', default: '' },
		requests: { type: 'string', default: '1000000' },
		'cold-only': { type: 'boolean', default: false }
	}
});

const mb = (b: number) => (b / 1_048_576).toFixed(1);
const s = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '–');
const cell = (r: VisitResult) => [
	mb(r.bytes),
	String(r.requests),
	s(r.firstKpiMs),
	s(r.interactiveMs),
	mb(r.allBytes),
	s(r.allMs)
];

const rows: string[] = [];
const browser = await launchBrowser();
try {
	for (const link of linksNamed(values.links)) {
		for (const h of values.hosts.split(',') as HostKind[]) {
			const host = await serveThrottled(values.site, values.base, h, link);
			try {
				console.error(`bench:network: ${link.name}, ${h} host`);
				const { cold, warm } = await coldAndWarm(browser, host, 20 * 60_000, !values['cold-only']);
				for (const [visit, r] of [
					['cold', cold],
					['warm', warm]
				] as const) {
					if (!r) continue;
					const row = [
						values.label,
						Number(values.requests).toLocaleString('en-US'),
						link.name,
						h,
						visit,
						...cell(r)
					];
					rows.push(`| ${row.join(' | ')} |`);
					console.error(rows.at(-1));
					console.error(`  phases (ms): ${JSON.stringify(r.phases)}`);
				}
			} finally {
				await host.close();
			}
		}
	}
} finally {
	await browser.close();
}
printTable(
	'network.md',
	`Network — ${new Date().toISOString()} ${values.label}`,
	[
		'| build | requests | link | host | visit | MB on the wire | HTTP requests | first KPI s | interactive s | MB all data | all data s |',
		'| --- | ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'
	],
	rows
);
