import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { overviewQuery, splitOverview } from '../src/lib/queries/overview.ts';
import { id } from '../src/lib/i18n/id.ts';
import { loaded } from './support/agency-page.ts';
import { filtersOf, openPage, useSite } from './support/site.ts';

const KM2025 = '?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31';
const site = useSite();

const table = (level: string) => `[data-panel=areas][data-level=${level}]`;

/** Waits until the area table of `level` lists rows from a finished query. */
async function tableReady(page: Page, level: string): Promise<void> {
	await page.waitForSelector(`.boundary[data-status="ok"] ${table(level)} tbody tr`, {
		timeout: 90_000
	});
}

/** Area code -> requests the table of `level` shows. */
async function shown(page: Page, level: string): Promise<Map<string, number>> {
	const rows = await page.$$eval(`${table(level)} tbody tr`, (trs) =>
		trs.map((tr) => [
			tr.getAttribute('data-row')!,
			Number(tr.querySelector('td[data-col=requests]')!.getAttribute('data-value'))
		])
	);
	return new Map(rows as [string, number][]);
}

/** Area code -> requests native DuckDB computes for the filters of `url` with `drop` removed. */
async function native(url: string, drop: 'district' | 'village'): Promise<Map<string, number>> {
	const f = filtersOf(url, site.lastDay);
	const q = overviewQuery(
		drop === 'district'
			? { ...f, district: undefined, village: undefined }
			: { ...f, village: undefined }
	);
	const { areas } = splitOverview(await site.native.query(q.sql, q.params));
	return new Map(areas.map((a) => [String(a.key), Number(a.requests)]));
}

describe('click to filter in Chromium', () => {
	it('a kecamatan chosen from the table by keyboard filters the page; the table keeps its siblings', async () => {
		const { page, errors } = await openPage(site, KM2025);
		await tableReady(page, 'district');
		const before = await shown(page, 'district');
		const kpiBefore = await page.getAttribute('[data-kpi=requests]', 'data-value');
		const button = page.locator(`${table('district')} tbody tr [data-action=select]`).nth(1);
		const code = await button.evaluate((b) => b.closest('tr')!.getAttribute('data-row')!);
		await button.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL((u) => u.searchParams.get('district') === code);
		expect(await page.inputValue('select[name=district]')).toBe(code);
		expect(new URL(page.url()).searchParams.get('program')).toBe('kenduren_mas');

		// The kecamatan table still lists every kecamatan, with the chosen one highlighted.
		await tableReady(page, 'district');
		await tableReady(page, 'village');
		const siblings = await shown(page, 'district');
		expect(siblings).toEqual(before);
		expect(siblings).toEqual(await native(page.url(), 'district'));
		const selected = page.locator(`${table('district')} tr[data-selected=true]`);
		expect(await selected.getAttribute('data-row')).toBe(code);
		expect(await selected.locator('[data-action=select]').getAttribute('aria-pressed')).toBe(
			'true'
		);
		// The village table lists the villages of the chosen kecamatan, as native DuckDB does.
		const villages = await shown(page, 'village');
		expect([...villages.keys()].every((v) => v.startsWith(code + '.'))).toBe(true);
		const f = filtersOf(page.url(), site.lastDay);
		const q = overviewQuery(f);
		const want = splitOverview(await site.native.query(q.sql, q.params));
		expect(villages).toEqual(new Map(want.areas.map((a) => [String(a.key), Number(a.requests)])));
		expect(Number(await page.getAttribute('[data-kpi=requests]', 'data-value'))).toBe(
			Number(want.current.requests)
		);

		// A chip names the selection; a second click on the row clears it. Until the new figures
		// come, the tables stay as they were: never "no data" meanwhile.
		expect(await page.locator('[data-chip=district]').count()).toBe(1);
		await page.evaluate((text) => {
			const w = window as unknown as { __jbEmpty: boolean };
			w.__jbEmpty = false;
			new MutationObserver(() => {
				for (const p of document.querySelectorAll('p.muted'))
					if (p.textContent === text) w.__jbEmpty = true;
			}).observe(document.body, { childList: true, subtree: true, characterData: true });
		}, id.empty);
		await page.click(`${table('district')} tr[data-selected=true] [data-action=select]`);
		await page.waitForURL((u) => !u.searchParams.has('district'));
		await tableReady(page, 'district');
		expect(await page.evaluate(() => (window as unknown as { __jbEmpty: boolean }).__jbEmpty)).toBe(
			false
		);
		expect(await page.locator('[data-chip=district]').count()).toBe(0);
		expect(await page.locator(`${table('village')}`).count()).toBe(0);
		// Back to the filters of the start: the connector answers from the result it kept, and the
		// figures are those of the start.
		const last = await page.evaluate(() => {
			const m = performance.getEntriesByName('jb:sql:overview', 'measure').at(-1);
			return (
				((m as PerformanceMeasure | undefined)?.detail as { cached?: boolean } | null)?.cached ??
				false
			);
		});
		expect(last).toBe(true);
		expect(await page.getAttribute('[data-kpi=requests]', 'data-value')).toBe(kpiBefore);
		expect(await shown(page, 'district')).toEqual(before);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a village clicked on the map filters the page; the map and the village table keep its siblings', async () => {
		const district = '35.14.08';
		const { page, errors } = await openPage(site, `${KM2025}&district=${district}`);
		await tableReady(page, 'village');
		await page.waitForSelector('[data-panel=map] [data-map][data-drawn]:not([data-drawn="0"])', {
			timeout: 90_000
		});
		const drawn = Number(await page.getAttribute('[data-panel=map] [data-map]', 'data-drawn'));
		const village = (await page.getAttribute(`${table('village')} tbody tr >> nth=2`, 'data-row'))!;
		await page.locator('[data-panel=map] [data-map]').scrollIntoViewIfNeeded();
		await page.waitForTimeout(500); // the map's fit animation
		const at = await page.evaluate(
			(c) =>
				(window as unknown as { __jbMap: { centre: (c: string) => number[] } }).__jbMap.centre(c),
			village
		);
		const box = (await page.locator('[data-panel=map] [data-map]').boundingBox())!;
		await page.mouse.click(box.x + at[0]!, box.y + at[1]!);
		await page.waitForURL((u) => u.searchParams.get('village') === village);
		expect(await page.inputValue('input[name=village]')).toBe(village);
		expect(await page.locator('[data-chip=village]').count()).toBe(1);

		// Siblings stay: the same polygons on the map, every village of the kecamatan in the table.
		await tableReady(page, 'village');
		expect(Number(await page.getAttribute('[data-panel=map] [data-map]', 'data-drawn'))).toBe(
			drawn
		);
		const villages = await shown(page, 'village');
		expect(villages).toEqual(await native(page.url(), 'village'));
		expect(await page.getAttribute(`${table('village')} tr[data-selected=true]`, 'data-row')).toBe(
			village
		);
		expect(await page.getAttribute(`${table('district')} tr[data-selected=true]`, 'data-row')).toBe(
			district
		);
		// The chip's button clears the village and keeps the kecamatan.
		await page.click('[data-chip=village] button');
		await page.waitForURL((u) => !u.searchParams.has('village'));
		expect(new URL(page.url()).searchParams.get('district')).toBe(district);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it("the map's area list leads to the compare page with the area chosen", async () => {
		const { page, errors } = await openPage(site, `map/${KM2025}&lang=en`);
		await page.waitForSelector('[data-area-list] tbody tr', { timeout: 90_000 });
		const row = page.locator('[data-area-list] tbody tr').first();
		const code = (await row.getAttribute('data-code'))!;
		expect(await row.locator('[data-action=compare]').getAttribute('aria-label')).toMatch(
			/^Compare .+ with other areas/
		);
		await row.locator('[data-action=compare]').click();
		await page.waitForURL(/\/compare\/\?/);
		await loaded(page, 'compare');
		const url = new URL(page.url());
		expect(url.searchParams.get('areas')).toBe(code);
		expect(url.searchParams.get('program')).toBe('kenduren_mas');
		expect(url.searchParams.get('lang')).toBe('en');
		expect(await page.locator('[data-chosen] li').count()).toBe(1);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
