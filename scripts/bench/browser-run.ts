import type { Browser, Page } from 'playwright-core';
import { addDays } from '../../src/lib/queries/period.ts';
import { filtersSchema, type Filters } from '../../src/lib/schema/filters.ts';
import { installProbe, keepNamesShim, type ChangeTiming, type Probe } from './probe';
import type { Action, Step } from './scenario';

/** One measured filter change. */
export interface ChangeSample extends ChangeTiming {
	label: string;
	/** The filters in the URL after the change (replayed on native DuckDB). */
	filters: Filters;
}

/** Where the time to the first render goes, in ms; the phases add up to `firstRenderMs`. */
export interface StartPhases {
	/** Navigation start -> jb:engine-start (HTML, JS bundles, hydration). */
	boot: number;
	/** jb:engine-start -> jb:engine-ready (duckdb-wasm download, compile, open). */
	engine: number;
	/** jb:engine-ready -> jb:data-fetched (download of the data file). */
	fetch: number;
	/** jb:data-fetched -> jb:data-attached (registerFileBuffer + ATTACH). */
	attach: number;
	/** jb:data-attached -> start of the first overview query (the filter-option queries). */
	options: number;
	/** The first overview query (`jb:overview` measure). */
	firstQuery: number;
	/** End of the first overview query -> jb:overview-rendered. */
	render: number;
}

/** Start-up and filter-change timings of one fresh page. */
export interface BrowserResult {
	/** engine-ready − engine-start. */
	engineMs: number;
	/** data-fetched − engine-ready + data-attached − data-fetched. */
	loadMs: number;
	/** jb:overview-rendered, from navigation start (time to interactive). */
	firstRenderMs: number;
	phases: StartPhases;
	/** Filters of the first load (for the native warm-up). */
	initial: Filters;
	changes: ChangeSample[];
}

const marks = [
	'jb:engine-start',
	'jb:engine-ready',
	'jb:data-fetched',
	'jb:data-attached',
	'jb:overview-rendered'
];

function urlFilters(page: Page): Filters {
	return filtersSchema.parse(Object.fromEntries(new URL(page.url()).searchParams));
}

/** The button of a period preset (the newest year's for `year-latest`). */
function presetSelector(preset: 'last12' | 'all' | 'year-latest'): string {
	return preset === 'year-latest' ? '[data-preset^="year-"]' : `[data-preset="${preset}"]`;
}

/** How long a user takes per key when typing a date (the reader's pass types one key at a time). */
const KEY_MS = 150;

/** Acts as a user; a reader (`typing`) types a date key by key instead of pasting it. */
async function perform(page: Page, action: Action, typing = false): Promise<void> {
	if (action.kind === 'preset') {
		await page.locator(presetSelector(action.preset)).first().click();
	} else if (action.kind === 'from') {
		// The date fields show the interface's format; the hidden inputs hold the ISO dates.
		const to = await page.inputValue('input[name=to]');
		const [y, m, d] = addDays(to, -action.days).split('-');
		const field = page.locator('[data-date=from]');
		await field.fill(typing ? '' : `${d}/${m}/${y}`);
		if (typing) await field.pressSequentially(`${d}/${m}/${y}`, { delay: KEY_MS });
		await field.press('Enter');
	} else if (action.name === 'village') {
		await chooseInCombo(page, action.name, action.index);
	} else {
		const select = `select[name=${action.name}]`;
		const values = await page.$$eval(`${select} option`, (os) =>
			os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== '')
		);
		const current = await page.inputValue(select);
		await page.selectOption(select, pick(select, values, current, action.index));
	}
}

/** The `index`-th of `values` (wrapping; the next one when that is `current`), or '' for "all". */
function pick(what: string, values: string[], current: string, index: number | null): string {
	let value = '';
	if (index !== null) {
		if (values.length === 0) throw new Error(`no choices in ${what}`);
		value = values[index % values.length]!;
		if (value === current) value = values[(index + 1) % values.length]!;
	}
	if (value === current) throw new Error(`step would not change ${what} (${value || 'all'})`);
	return value;
}

/** Opens a search select's list (the village), cleared of any text, as a user. */
async function openCombo(page: Page, combo: string): Promise<string> {
	await page.fill(combo, '');
	await page.click(combo);
	const list = `${combo} ~ [role=listbox]`;
	await page.waitForSelector(`${list} li[data-value]`);
	return list;
}

/**
 * Goes to the control of `action` without acting (not a user's act for the probe): opens a
 * search list, focuses a dropdown or the date field, moves the pointer over a button.
 */
async function point(page: Page, action: Action): Promise<void> {
	if (action.kind === 'preset') await page.locator(presetSelector(action.preset)).first().hover();
	else if (action.kind === 'from') await page.focus('[data-date=from]');
	else if (action.name === 'village') await openCombo(page, `[data-combo=${action.name}]`);
	else await page.focus(`select[name=${action.name}]`);
}

/** Chooses in a search select (the village): opens its list and clicks an option, as a user. */
async function chooseInCombo(page: Page, name: string, index: number | null): Promise<void> {
	const combo = `[data-combo=${name}]`;
	const current = await page.inputValue(`input[name=${name}]`);
	const list = await openCombo(page, combo);
	const values = await page.$$eval(`${list} li[data-value]`, (ls) =>
		ls.map((l) => l.getAttribute('data-value') ?? '').filter((v) => v !== '')
	);
	const value = pick(combo, values, current, index);
	await page.click(`${list} li[data-value="${value}"]`);
}

/**
 * Opens the overview in a fresh context (cold cache), reads the start-up marks, then drives
 * `steps` through the filter bar and times each in the page: each at once on the settled page, or
 * as a reader: after `readMs` on it, then `pointMs` with the step's control open (the page may
 * run likely statements, and the open control's choices, ahead meanwhile).
 */
export async function runBrowser(
	browser: Browser,
	url: string,
	steps: Step[],
	loadTimeoutMs: number,
	{ readMs = 0, pointMs = 0 }: { readMs?: number; pointMs?: number } = {},
	changeTimeoutMs = 120_000
): Promise<BrowserResult> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
	try {
		await context.addInitScript(keepNamesShim);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(url, { waitUntil: 'commit' });
		await page.waitForFunction(
			() =>
				performance.getEntriesByName('jb:overview-rendered').length > 0 ||
				document.querySelector('[data-load=error], .boundary[data-status=error]') !== null,
			null,
			{ timeout: loadTimeoutMs, polling: 50 }
		);
		const t = await page.evaluate((names) => {
			const at = (n: string) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? NaN;
			const q = performance.getEntriesByName('jb:overview', 'measure')[0];
			const err = document.querySelector('[data-load=error], .boundary[data-status=error]');
			const query = { start: q?.startTime ?? NaN, duration: q?.duration ?? NaN };
			return { at: names.map(at), query, error: err?.textContent ?? null };
		}, marks);
		if (t.error !== null) throw new Error(`page failed to load: ${t.error.trim()}`);
		const [start, ready, fetched, attached, rendered] = t.at as [
			number,
			number,
			number,
			number,
			number
		];
		const initial = urlFilters(page);

		await page.evaluate(installProbe);
		const changes: ChangeSample[] = [];
		for (const step of steps) {
			// A user changes a filter on a settled page: every panel (the map panel queries after
			// the overview) has finished and two frames have painted.
			await page.waitForFunction(
				() =>
					[...document.querySelectorAll('.boundary')].every(
						(b) => b.getAttribute('data-status') !== 'loading'
					),
				null,
				{ timeout: changeTimeoutMs }
			);
			await page.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			// A reader looks at the page before the next change (the second pass), then goes to its
			// control: a list is open, a field focused, a button under the pointer for a while.
			if (readMs > 0) await page.waitForTimeout(readMs);
			if (pointMs > 0) {
				await point(page, step.action);
				await page.waitForTimeout(pointMs);
			}
			await page.evaluate(
				(ms) => (window as unknown as { __jbBench: Probe }).__jbBench.arm(ms),
				changeTimeoutMs
			);
			await perform(page, step.action, pointMs > 0);
			const timing = await page.evaluate(() =>
				(window as unknown as { __jbBench: Probe }).__jbBench.wait()
			);
			if (timing.runs !== 1)
				console.error(`bench: "${step.label}" ran the overview ${timing.runs} times`);
			changes.push({ label: step.label, ...timing, filters: urlFilters(page) });
		}
		if (errors.length > 0) throw new Error(`errors in the page: ${errors.join('; ')}`);
		const queryEnd = t.query.start + t.query.duration;
		return {
			engineMs: ready - start,
			loadMs: attached - ready,
			firstRenderMs: rendered,
			phases: {
				boot: start,
				engine: ready - start,
				fetch: fetched - ready,
				attach: attached - fetched,
				options: t.query.start - attached,
				firstQuery: t.query.duration,
				render: rendered - queryEnd
			},
			initial,
			changes
		};
	} finally {
		await context.close();
	}
}
