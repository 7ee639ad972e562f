import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { messages } from '../src/lib/i18n/messages.ts';
import { metrics } from '../src/lib/queries/metrics.ts';
import { addDays } from '../src/lib/queries/period.ts';
import { mapQuery } from '../src/lib/queries/map-metrics.ts';
import { overviewQuery, splitOverview } from '../src/lib/queries/overview.ts';
import { afterRuns, aheadDone, lastRuns } from './support/ahead.ts';
import { downloadBytes } from './support/download.ts';
import { filtersOf, openPage, useSite, switchLang } from './support/site.ts';

const site = useSite();

/** Waits until the overview shows the results of the latest query. */
async function settled(page: Page): Promise<void> {
	await page.waitForSelector('.boundary[data-status="ok"] [data-kpi]', { timeout: 60_000 });
}

/** Waits for the next finished overview query after `action`. */
async function afterChange(page: Page, action: () => Promise<unknown>): Promise<void> {
	const gen = Number(await page.getAttribute('.boundary', 'data-generation'));
	await action();
	await page.waitForFunction(
		(g) => {
			const el = document.querySelector('.boundary');
			return (
				el &&
				Number(el.getAttribute('data-generation')) > g &&
				el.getAttribute('data-status') === 'ok'
			);
		},
		gen,
		{ timeout: 60_000 }
	);
}

async function kpis(page: Page): Promise<Record<string, number | null>> {
	return page.$$eval('[data-kpi]', (els) =>
		Object.fromEntries(
			els.map((e) => {
				const v = e.getAttribute('data-value');
				return [e.getAttribute('data-kpi'), v === '' || v === null ? null : Number(v)];
			})
		)
	);
}

/** The KPI figures native DuckDB computes from the same file for the filters in `url`. */
async function nativeKpis(url: string): Promise<Record<string, number | null>> {
	const f = filtersOf(url, site.lastDay);
	const q = overviewQuery(f);
	const { current } = splitOverview(await site.native.query(q.sql, q.params));
	return Object.fromEntries(metrics.map((m) => [m.id, (current[m.id] as number | null) ?? null]));
}

function expectSameFigures(
	actual: Record<string, number | null>,
	expected: Record<string, number | null>
) {
	expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
	for (const [id, want] of Object.entries(expected)) {
		const got = actual[id];
		if (want === null) expect(got, id).toBeNull();
		else
			expect(Math.abs(got! - want), `${id}: ${got} vs ${want}`).toBeLessThanOrEqual(
				1e-9 * Math.max(1, Math.abs(want))
			);
	}
}

describe('overview page in Chromium', () => {
	// One visit for what a first look checks: the language, the layout, the figures against native
	// DuckDB and the downloads (a visit costs Chromium about 15 s of CPU here).
	it('loads in Bahasa Indonesia with no console error and no request to another host, KPIs as native DuckDB, downloads the trend as PNG and the table as CSV', async () => {
		const { page, errors, external } = await openPage(site);
		await settled(page);
		expect(await page.getAttribute('html', 'lang')).toBe('id');
		expect(await page.textContent('nav')).toContain('Ringkasan');
		expect(await page.locator('[data-kpi]').count()).toBe(metrics.length);
		// The page never grows past the window: the wide area table scrolls inside its card.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			await page.evaluate(() => window.innerWidth)
		);
		const scroll = page.locator('[data-panel=areas] .scroll');
		expect(await scroll.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);

		const got = await kpis(page);
		expectSameFigures(got, await nativeKpis(page.url()));
		expect(got.requests).toBeGreaterThan(0);

		const [png] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-panel=trend] [data-action=download-png]')
		]);
		expect(png.suggestedFilename()).toMatch(/\.png$/);
		expect((await downloadBytes(png)).subarray(1, 4).toString()).toBe('PNG');
		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-panel=areas] [data-action=download-csv]')
		]);
		const text = (await downloadBytes(csv)).toString('utf8');
		const lines = text.trim().split('\r\n');
		expect(lines.length - 1).toBe(await page.locator('[data-panel=areas] tbody tr').count());
		expect(errors).toEqual([]);
		expect(external).toEqual([]);
		await page.context().close();
	});

	it('with the second engine in, a change runs the overview in two parts, figures as native', async () => {
		const { page } = await openPage(site);
		await settled(page);
		await page.waitForFunction(() => performance.getEntriesByName('jb:helper-ready').length > 0);
		// Nothing running ahead (it would keep one engine), and a kecamatan: not among the changes
		// run ahead while the page is still.
		await aheadDone(page, 'overview', 1);
		const district = await page.$$eval(
			'select[name=district] option',
			(os) => (os[2] as HTMLOptionElement).value
		);
		await afterChange(page, () => page.selectOption('select[name=district]', district));
		expect((await lastRuns(page, ['overview']))[0]).toEqual({ lanes: 2 });
		expectSameFigures(await kpis(page), await nativeKpis(page.url()));
		await page.context().close();
	});

	it('while the page is still, likely changes run ahead: a period button, another program, a cleared regency answered at once, figures as native', async () => {
		const { page, errors } = await openPage(site);
		await settled(page);
		await aheadDone(page, 'overview', 1);
		const ahead = await page.evaluate(
			() => performance.getEntriesByName('jb:ahead:overview', 'measure').length
		);
		expect(ahead).toBeGreaterThan(3);
		// A period button, another program, then the regency's chip cleared: each from the
		// statements run ahead after the change before it.
		const changes = [
			() => page.click('[data-preset="all"]'),
			() => page.selectOption('select[name=program]', 'kenduren_mas'),
			() => page.click('[data-chip=regency] button')
		];
		for (const [i, change] of changes.entries()) {
			if (i > 0) await aheadDone(page, 'overview', i + 1);
			await afterChange(page, change);
			expect((await lastRuns(page, ['overview']))[0]).toEqual({ cached: true });
			expectSameFigures(await kpis(page), await nativeKpis(page.url()));
		}
		expect(new URL(page.url()).searchParams.get('program')).toBe('kenduren_mas');
		expect(new URL(page.url()).searchParams.has('regency')).toBe(false);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it("an open list's choices run ahead: the last kecamatan of the focused dropdown, the last village of the open search list and a typed start date answered at once, figures as native", async () => {
		const { page, errors } = await openPage(site);
		await settled(page);
		await page.waitForFunction(() => performance.getEntriesByName('jb:helper-ready').length > 0);
		await aheadDone(page, 'overview', 1);
		const doneCount = () =>
			page.evaluate(() => performance.getEntriesByName('jb:ahead-done:overview').length);
		// The kecamatan dropdown focused: its choices run ahead (none is a likely change alone).
		await page.focus('select[name=district]');
		await aheadDone(page, 'overview', 2);
		const district = await page.$$eval(
			'select[name=district] option',
			(os) => (os.at(-1) as HTMLOptionElement).value
		);
		// The village map's statement ran ahead with the overview's.
		await afterRuns(page, ['map-panel'], () =>
			afterChange(page, () => page.selectOption('select[name=district]', district))
		);
		expect((await lastRuns(page, ['overview']))[0]).toEqual({ cached: true });
		expect(await lastRuns(page, ['map-panel'])).toEqual([{ cached: true }]);
		expectSameFigures(await kpis(page), await nativeKpis(page.url()));
		// The village list opened (the dropdown still focused until then): its villages run ahead.
		await aheadDone(page, 'overview', 3);
		const before = await doneCount();
		await page.click('[data-combo=village]');
		const list = '[data-combo=village] ~ [role=listbox]';
		await page.waitForSelector(`${list} li[data-value]`);
		await aheadDone(page, 'overview', before + 1);
		const village = await page.$$eval(`${list} li[data-value]`, (ls) =>
			ls.at(-1)!.getAttribute('data-value')!
		);
		expect(village.startsWith(`${district}.`)).toBe(true);
		await afterChange(page, () => page.click(`${list} li[data-value="${village}"]`));
		expect(new URL(page.url()).searchParams.get('village')).toBe(village);
		expect((await lastRuns(page, ['overview']))[0]).toEqual({ cached: true });
		expectSameFigures(await kpis(page), await nativeKpis(page.url()));
		// A start date typed key by key: once whole, its statement runs before Enter (after the
		// likely changes of the village's state have run, so the next mark is the typed date's).
		await aheadDone(page, 'overview', before + 2);
		const to = await page.inputValue('input[name=to]');
		const [y, m, d] = addDays(to, -40).split('-');
		const field = page.locator('[data-date=from]');
		await field.fill('');
		const typing = await doneCount();
		await field.pressSequentially(`${d}/${m}/${y}`, { delay: 20 });
		await aheadDone(page, 'overview', typing + 1);
		await afterRuns(page, ['map-panel'], () => afterChange(page, () => field.press('Enter')));
		expect(new URL(page.url()).searchParams.get('from')).toBe(addDays(to, -40));
		expect((await lastRuns(page, ['overview']))[0]).toEqual({ cached: true });
		expect(await lastRuns(page, ['map-panel'])).toEqual([{ cached: true }]);
		expectSameFigures(await kpis(page), await nativeKpis(page.url()));
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('changing a filter updates the KPIs and the URL, and a reload restores it', async () => {
		const { page } = await openPage(site);
		await settled(page);
		const before = await kpis(page);
		await afterChange(page, () => page.selectOption('select[name=program]', 'kenduren_mas'));
		expect(new URL(page.url()).searchParams.get('program')).toBe('kenduren_mas');
		expect(new URL(page.url()).searchParams.get('regency')).toBe('35.14');
		const district = await page.$$eval(
			'select[name=district] option',
			(os) => (os[2] as HTMLOptionElement).value
		);
		await afterChange(page, () => page.selectOption('select[name=district]', district));
		await afterChange(page, () => page.click('[data-preset="year-2025"]'));
		const url = new URL(page.url());
		expect(url.searchParams.get('district')).toBe(district);
		expect(url.searchParams.get('from')).toBe('2025-01-01');
		expect(url.searchParams.get('to')).toBe('2025-12-31');
		const after = await kpis(page);
		expect(after.requests).not.toBe(before.requests);
		expectSameFigures(after, await nativeKpis(page.url()));

		await page.reload();
		await settled(page);
		expect(await page.inputValue('select[name=program]')).toBe('kenduren_mas');
		expect(await page.inputValue('select[name=district]')).toBe(district);
		expect(await page.inputValue('input[name=from]')).toBe('2025-01-01');
		expectSameFigures(await kpis(page), after);

		await page.goBack();
		await page.waitForFunction(() => !new URL(location.href).searchParams.has('from'));
		await settled(page);
		expect(await page.inputValue('select[name=district]')).toBe(district);
		await page.context().close();
	});

	it('a shared URL opens with its filters in a fresh browser', async () => {
		const { page } = await openPage(
			site,
			'?program=gempungan&regency=32.14&from=2024-01-01&to=2024-12-31'
		);
		await settled(page);
		expect(await page.inputValue('select[name=program]')).toBe('gempungan');
		expectSameFigures(await kpis(page), await nativeKpis(page.url()));
		await page.context().close();
	});

	it('switches to English, formats numbers per locale and remembers the choice', async () => {
		const { page } = await openPage(site);
		await settled(page);
		const text = () => page.textContent('[data-kpi="requests"] .value');
		expect(await text()).toMatch(/^\d{1,3}(\.\d{3})+$/);
		await page.click('[data-lang="en"]');
		await page.waitForFunction(() => document.documentElement.lang === 'en');
		expect(await page.textContent('nav')).toContain('Overview');
		expect(await text()).toMatch(/^\d{1,3}(,\d{3})+$/);
		await page.reload();
		await settled(page);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.textContent('nav')).toContain('Overview');
		await page.context().close();
	});

	it('is interactive on the first analytics file; a page that needs the second waits for it', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/data/analytics-more.*', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(`${site.server.url}?program=kenduren_mas&regency=35.14`);
		await page.waitForSelector('.boundary[data-origin="engine"][data-status="ok"] [data-kpi]', {
			timeout: 60_000
		});
		const url = page.url();
		const want = splitOverview(
			await site.native.query(
				overviewQuery(filtersOf(url, site.lastDay)).sql,
				overviewQuery(filtersOf(url, site.lastDay)).params
			)
		);
		expect(Number(await page.getAttribute('[data-kpi="requests"]', 'data-value'))).toBe(
			Number(want.current.requests)
		);
		// The agencies read requests by agency, in the second file: they wait, with no error.
		await page.click('nav a[href*="/agencies"]');
		await page.waitForSelector('[data-query="agencies"] .boundary', { timeout: 30_000 });
		await page.waitForTimeout(1_000);
		expect(await page.locator('.boundary[data-status="error"]').count()).toBe(0);
		expect(
			await page
				.locator('[data-query="agencies"] .boundary[data-origin="engine"][data-status="ok"]')
				.count()
		).toBe(0);
		release();
		await page.waitForSelector(
			'[data-query="agencies"] .boundary[data-origin="engine"][data-status="ok"]',
			{
				timeout: 60_000
			}
		);
		await context.close();
	});

	it('shows a clear error and a working retry when the data file fails to load', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.route('**/data/analytics.*', (route) =>
			route.fulfill({ status: 503, body: 'down' })
		);
		await page.goto(site.server.url);
		await page.waitForSelector('[data-load="error"]', { timeout: 60_000 });
		expect(await page.textContent('[data-load="error"]')).toContain('503');
		await page.unroute('**/data/analytics.*');
		await page.click('[data-load="error"] button');
		await settled(page);
		expect(await page.locator('[data-kpi]').count()).toBe(metrics.length);
		await context.close();
	});

	it('an agency in the URL (carried from the requests page) filters neither figures nor map (regression)', async () => {
		const search = '?program=kenduren_mas&regency=35.14&agency=PAS-DISPERTA';
		const f = filtersOf(search, site.lastDay);
		const everyAgency = { ...f, agency: undefined };
		// The agency filter changes the map's figures: a map that applied it would show others.
		const q = (of: typeof f) => mapQuery(of, 'village');
		const [own, every] = await Promise.all(
			[f, everyAgency].map((of) => site.native.query(q(of).sql, q(of).params))
		);
		expect(own).not.toEqual(every);
		const { page, errors } = await openPage(site, search);
		await settled(page);
		await page.waitForSelector('[data-panel=map] .boundary[data-status=ok]', { timeout: 60_000 });
		expect(await page.getAttribute('[data-panel=map]', 'data-agency')).toBe('');
		const o = overviewQuery(everyAgency);
		const want = splitOverview(await site.native.query(o.sql, o.params)).current;
		expect((await kpis(page)).requests).toBe(Number(want.requests));
		// No chip names an agency the page does not apply.
		expect(await page.locator('[data-chip=agency]').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('marks the area rates from 1–4 requests as thin (muted, "n < 5") in both languages, hiding none', async () => {
		// The last whole month of Kenduren Mas, in the kecamatan with the most villages of 1–4 requests.
		const end = new Date(`${site.lastDay.slice(0, 7)}-01T00:00:00Z`);
		end.setUTCDate(0);
		const to = end.toISOString().slice(0, 10);
		const from = `${to.slice(0, 7)}-01`;
		const [d] = await site.native.query(
			`SELECT substr(village_code, 1, 8) AS d FROM (
			   SELECT village_code, sum(req_n) AS n FROM daily_facts
			   WHERE program = 'kenduren_mas' AND day BETWEEN ? AND ? GROUP BY 1)
			 GROUP BY 1 ORDER BY count(*) FILTER (WHERE n BETWEEN 1 AND 4) DESC, 1 LIMIT 1`,
			[from, to]
		);
		const search = `?program=kenduren_mas&regency=35.14&district=${String(d!.d)}&from=${from}&to=${to}`;
		const o = overviewQuery(filtersOf(search, site.lastDay));
		const areas = splitOverview(await site.native.query(o.sql, o.params)).areas;
		const thin = areas
			.filter((r) => Number(r.requests) >= 1 && Number(r.requests) < 5)
			.map((r) => String(r.key));
		expect(thin.length).toBeGreaterThan(0);
		expect(thin.length).toBeLessThan(areas.length);
		// Indonesian first, then English with the page's own switch.
		const { page, errors } = await openPage(site, `${search}&lang=id`);
		for (const lang of ['id', 'en'] as const) {
			if (lang === 'en') await switchLang(page, lang);
			await settled(page);
			const rows = '[data-panel=areas][data-level=village] tbody tr';
			await page.waitForSelector(rows);
			const shown = await page.$$eval(rows, (trs) =>
				trs.map((tr) => {
					const td = tr.querySelector<HTMLElement>('td[data-col=unanswered_pct]')!;
					return [tr.getAttribute('data-row'), td.classList.contains('thin'), td.title];
				})
			);
			// Every area stays listed with its figure; only the thin ones are marked.
			expect(shown.length).toBe(areas.length);
			expect(
				shown
					.filter(([, t]) => t)
					.map(([k]) => k)
					.sort()
			).toEqual([...thin].sort());
			expect(shown.find(([, t]) => t)![2]).toBe(messages[lang].few_requests_cell);
			expect(await page.textContent('[data-panel=areas] [data-few-requests]')).toBe(
				messages[lang].few_requests_note
			);
			expect(errors).toEqual([]);
		}
		await page.context().close();
	});
});
