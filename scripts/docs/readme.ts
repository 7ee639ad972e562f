import { readdirSync, readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { enMetrics } from '../../src/lib/i18n/en-metrics';
import { agencyMetrics } from '../../src/lib/queries/agency-metrics';
import type { MetricRecord } from '../../src/lib/queries/metric';
import { metrics } from '../../src/lib/queries/metrics';

/** The README whose marked sections are generated. */
export const README = 'README.md';
const LIB = 'src/lib';

/** What each folder and top-level file of `src/lib` holds (a test requires every one). */
export const libMap: Record<string, string> = {
	'sql.ts':
		'the bottom floor: SQL statement and row types, identifier quoting, literals, the one histogram-median expression',
	'db/':
		'`duckdb.ts`, the one door to duckdb-wasm (self-hosted bundles, one start-up promise, a Web Worker, progress, `query(sql, params)`); a second engine once the page is idle (`helper-engine.ts`) and the connector over both (`pool.ts`, one queue per engine in `lane.ts`, statements run ahead on a free engine when the page is quiet); recent results kept (`result-cache.ts`); Arrow → plain rows; the data file check',
	'schema/':
		'zod schema per table (`defineTable` with SQL type and docs per column), URL filters, DDL, the data manifest',
	'queries/':
		'pure SQL builders: the metric records (`metric.ts`, `metrics.ts`, `agency-metrics.ts`, `map-metrics.ts`), filter clauses, one statement per page view, periods, summary tables',
	'state/':
		'Svelte 5 state classes: engine start-up, filter state in the URL, filter options, the page query client (`pageQuery`) and its runs, the likely next filter changes (`filter-moves.ts`), the choices of the filter control the user opened (`intent.svelte.ts`) and their statements run ahead (`ahead.svelte.ts`; per page: `filters-ahead.svelte.ts`)',
	'charts/':
		'`EChart.svelte` (init / setOption / resize / dispose, PNG download) and pure option builders',
	'map/':
		'Leaflet wrapper (loaded on demand), choropleth classes and legend, boundary files (GeoJSON / TopoJSON, join on codes, simplify, dissolve) and the schematic map',
	'components/':
		'KPI card, data table with CSV export, metric columns, filter bar, query boundary, load progress, language switch',
	'import/':
		'import checks shared by the command line and the browser: encoding, streaming CSV reader, strict cells, row rules, relational SQL, personal data',
	'i18n/':
		'Bahasa Indonesia (default) and English messages, metric and rule words, locale formatting and the one metric formatter',
	'report/': 'the evaluation report: flag rules (thresholds and pure evaluation; words in `i18n/`)',
	'public/':
		'public pages: page models from the bulk rows, small-number suppression, CSV, words, the progressive-enhancement script',
	'server/': 'build-time only: the native DuckDB pass that feeds the public pages'
};

const units: Record<MetricRecord['unit'], string> = {
	count: 'count',
	pct: '% (0–100)',
	days: 'days',
	tonnes: 'tonnes',
	packages: 'packages',
	score: 'score',
	per_1000: 'per 1,000 residents',
	kg_per_household: 'kg per household'
};
const better = (m: MetricRecord) =>
	m.better === 'up' ? 'higher' : m.better === 'down' ? 'lower' : '—';
const cell = (s: string) => s.replaceAll('|', '\\|');
const words = enMetrics as Record<string, string>;

function metricTable(list: readonly MetricRecord[], label: string, def: string): string {
	return [
		'| id | label | unit | decimals | better | definition |',
		'| --- | --- | --- | --- | --- | --- |',
		...list.map(
			(m) =>
				`| \`${m.id}\` | ${cell(words[label + m.id]!)} | ${units[m.unit]} | ${m.digits} | ${better(m)} | ${cell(words[def + m.id]!)} |`
		)
	].join('\n');
}

/** The generated sections by marker name. */
export function sections(): Record<string, string> {
	return {
		'kpi-ids': metricTable(metrics, 'kpi_', 'kpi_def_'),
		'agency-metrics': metricTable(agencyMetrics, 'agency_metric_', 'agency_def_'),
		'lib-map': [
			'| folder or file | what it holds |',
			'| --- | --- |',
			...Object.entries(libMap).map(([k, v]) => `| \`${k}\` | ${cell(v)} |`)
		].join('\n')
	};
}

/** The entries of `src/lib` as the map names them: folders with a slash, files as they are. */
export function libEntries(): string[] {
	return readdirSync(LIB, { withFileTypes: true })
		.map((d) => (d.isDirectory() ? `${d.name}/` : d.name))
		.sort();
}

/**
 * The README with every `<!-- generated:<name> -->` … `<!-- /generated:<name> -->` section
 * rewritten from the records, formatted by prettier as the lint gate wants it.
 */
export async function renderReadme(text = readFileSync(README, 'utf8')): Promise<string> {
	let out = text;
	for (const [name, body] of Object.entries(sections())) {
		const open = `<!-- generated:${name} (npm run docs; do not edit by hand) -->`;
		const close = `<!-- /generated:${name} -->`;
		const from = out.indexOf(open);
		const to = out.indexOf(close);
		if (from < 0 || to < from) throw new Error(`${README}: no section ${open} … ${close}`);
		out = `${out.slice(0, from + open.length)}\n\n${body}\n\n${out.slice(to)}`;
	}
	return format(out, { ...(await resolveConfig(README)), filepath: README });
}
