import { summarize, type Summary } from './stats';

/** Everything measured for one data size. */
export interface SizeRow {
	requests: number;
	fileMb: number;
	engineMs: number;
	/** Fetch + attach of the data file. */
	loadMs: number;
	firstRenderMs: number;
	/** Filter changes answered from a kept result (not in the wasm, native and raw columns). */
	cached: number;
	change: Summary;
	wasm: Summary;
	native: Summary;
	/** Native DuckDB answering the same question from the raw contract tables. */
	raw: Summary;
	/** The same changes, each after reading the settled page, and how many were kept results. */
	read?: { change: Summary; cached: number };
}

/** A target the 1M-request row is held to. */
export interface Target {
	label: string;
	value: (r: SizeRow) => number;
	max: number;
	unit: string;
}

/** Size the targets apply to. */
export const TARGET_SIZE = 1_000_000;

/** Targets for 1M requests, from the brief. */
export const targets: Target[] = [
	{ label: 'interactive (first render)', value: (r) => r.firstRenderMs, max: 3000, unit: 'ms' },
	{ label: 'filter change p95', value: (r) => r.change.p95, max: 50, unit: 'ms' },
	{ label: 'wasm/native ratio (medians)', value: ratio, max: 2.5, unit: '×' },
	{ label: 'wasm/native-on-raw-rows ratio (medians)', value: rawRatio, max: 0.5, unit: '×' }
];

/** wasm/native ratio of the median query times. */
export function ratio(r: SizeRow): number {
	return r.wasm.median / r.native.median;
}

/** wasm query / native DuckDB on the raw rows, medians. */
export function rawRatio(r: SizeRow): number {
	return r.wasm.median / r.raw.median;
}

/** Builds a row from raw samples. */
export function sizeRow(
	base: Omit<SizeRow, 'change' | 'wasm' | 'native' | 'raw' | 'read'>,
	changeMs: number[],
	wasmMs: number[],
	nativeMs: number[],
	rawMs: number[]
): SizeRow {
	return {
		...base,
		change: summarize(changeMs),
		wasm: summarize(wasmMs),
		native: summarize(nativeMs),
		raw: summarize(rawMs)
	};
}

const ms = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
const ms1 = (x: number) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(1) : ms(x)) : '–');
const pair = (s: Summary) => `${ms1(s.median)} / ${ms1(s.p95)}`;

/** The results as one markdown table, a row per size. */
export function markdownTable(rows: SizeRow[]): string {
	const head = [
		'rows (requests)',
		'file MB',
		'engine start ms',
		'data load+attach ms',
		'first render ms',
		'filter change median/p95 ms',
		'answered from kept results',
		'after reading: change median/p95 ms (kept)',
		'wasm query median/p95 ms',
		'native query median/p95 ms',
		'ratio',
		'native on raw rows median/p95 ms',
		'wasm / raw'
	];
	const lines = rows.map((r) => [
		r.requests.toLocaleString('en-US'),
		r.fileMb.toFixed(1),
		ms(r.engineMs),
		ms(r.loadMs),
		ms(r.firstRenderMs),
		pair(r.change),
		String(r.cached),
		r.read ? `${pair(r.read.change)} (${r.read.cached})` : '–',
		pair(r.wasm),
		pair(r.native),
		`${ratio(r).toFixed(2)}×`,
		pair(r.raw),
		`${rawRatio(r).toFixed(2)}×`
	]);
	const align = head.map((_, i) => (i === 0 ? '---' : '--:'));
	return [head, align, ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The targets for 1M requests, each marked met or missed (or not measured). */
export function targetLines(rows: SizeRow[]): string {
	const row = rows.find((r) => r.requests === TARGET_SIZE);
	const title = `Targets at ${TARGET_SIZE.toLocaleString('en-US')} requests:`;
	if (!row) return `${title} not measured (add ${TARGET_SIZE} to --sizes).`;
	const items = targets.map((t) => {
		const v = t.value(row);
		const met = v <= t.max;
		const shown = t.unit === '×' ? `${v.toFixed(2)}×` : `${ms(v)} ms`;
		const max = t.unit === '×' ? `${t.max}×` : `${t.max} ms`;
		return `- ${met ? '✅ met' : '❌ missed'}: ${t.label} ≤ ${max} — measured ${shown}`;
	});
	return [title, ...items].join('\n');
}
