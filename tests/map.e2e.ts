import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choropleth } from '../src/lib/map/choropleth.ts';
import { NO_DATA } from '../src/lib/map/palette.ts';
import { mapMetrics, mapQuery, type MapMetricId } from '../src/lib/queries/map-metrics.ts';
import { afterRuns, aheadDone, focusLastChoice, lastRuns } from './support/ahead.ts';
import { pick } from './support/combo.ts';
import { filtersOf, openPage, useSite, type OpenedPage } from './support/site.ts';

const PASURUAN = '../shared/boundaries/desa/35.14.geojson';
const site = useSite();

interface Feature {
	code: string;
	fill: string | null;
	kind?: string;
	value?: number | null;
	n?: number;
}

async function openMap(query: string, opts: { noPrepared?: boolean } = {}): Promise<OpenedPage> {
	const opened = await openPage(site, `map/${query}`, async (page) => {
		// The schematic tests act as a fresh clone: no prepared boundaries, whatever the build holds.
		if (opts.noPrepared)
			await page.route('**/data/boundaries/manifest.json', (r) =>
				r.fulfill({ status: 200, contentType: 'application/json', body: '{"regencies":{}}' })
			);
	});
	await drawn(opened.page);
	return opened;
}

/** Waits until the map has drawn polygons and coloured them after the latest query. */
async function drawn(page: Page, count?: number): Promise<void> {
	await page.waitForFunction(
		(n) => {
			const el = document.querySelector('[data-map]');
			const d = Number(el?.getAttribute('data-drawn'));
			const ok = document.querySelector('.boundary')?.getAttribute('data-status') === 'ok';
			return (
				ok &&
				d > 0 &&
				(n === undefined || d === n) &&
				Number(el?.getAttribute('data-recoloured')) > 0
			);
		},
		count,
		{ timeout: 60_000 }
	);
}

/** Waits until the URL's parameter `key` is `value` (null: absent); navigation is same-document. */
const urlHas = (page: Page, key: string, value: string | null) =>
	page.waitForFunction(([k, v]) => new URL(location.href).searchParams.get(k!) === v, [key, value]);

const features = (page: Page) =>
	page.evaluate(() =>
		(window as unknown as { __jbMap: { features(): Feature[] } }).__jbMap.features()
	);

/** What native DuckDB says each area should look like for the page's URL. */
async function expected(url: string, level: 'district' | 'village', metric: MapMetricId) {
	const f = filtersOf(url, site.lastDay);
	const q = mapQuery({ ...f, village: undefined }, level);
	const rows = await site.native.query(q.sql, q.params);
	return { rows, c: choropleth(rows, mapMetrics[metric], 'quantile') };
}

function expectSameStates(got: Feature[], want: Awaited<ReturnType<typeof expected>>['c']) {
	for (const g of got) {
		const w = want.areas.get(g.code);
		expect(w, g.code).toBeDefined();
		expect(g.kind, g.code).toBe(w!.kind);
		expect(g.fill, g.code).toBe(w!.fill);
		expect(g.n, g.code).toBe(w!.n);
		if (w!.value === null) expect(g.value, g.code).toBeNull();
		else expect(Math.abs(g.value! - w!.value), g.code).toBeLessThan(1e-9 * Math.max(1, w!.value));
	}
}

describe('map page in Chromium', () => {
	it('draws the schematic map on the demo data, labelled as schematic, offline', async () => {
		const { page, errors, external } = await openMap('?program=kenduren_mas&regency=35.14', {
			noPrepared: true
		});
		expect(await page.getAttribute('[data-source]', 'data-source')).toBe('schematic');
		expect(await page.isVisible('[data-schematic]')).toBe(true);
		expect(await page.getAttribute('[data-map]', 'data-drawn')).toBe('24'); // kecamatan of Pasuruan
		const { c } = await expected(page.url(), 'district', 'visitors');
		expectSameStates(await features(page), c);
		expect(errors).toEqual([]);
		expect(external).toEqual([]);
		await page.context().close();
	});

	it('drills down to a kecamatan and back, with the URL and the figures following', async () => {
		const { page } = await openMap(
			'?program=kenduren_mas&regency=35.14&metric=days_since_visit&from=2026-01-01&to=2026-11-20',
			{ noPrepared: true }
		);
		await page.click('[data-area-list] tr[data-code="35.14.08"] button'); // Purwosari
		await urlHas(page, 'district', '35.14.08');
		const villages = Number(
			(
				await site.native.query(`SELECT count(*) AS n FROM regions WHERE parent_code = '35.14.08'`)
			)[0]!.n
		);
		await drawn(page, villages);
		expect(new URL(page.url()).searchParams.get('metric')).toBe('days_since_visit');
		const got = await features(page);
		expect(got.every((g) => g.code.startsWith('35.14.08.'))).toBe(true);
		const { c } = await expected(page.url(), 'village', 'days_since_visit');
		expectSameStates(got, c);
		expect(got.some((g) => g.kind === 'never')).toBe(true);
		expect(await page.textContent('[data-breadcrumb]')).toContain('Purwosari');

		await page.click('[data-crumb="regency"]');
		await urlHas(page, 'district', null);
		await drawn(page, 24);
		await page.context().close();
	});

	it("an agency filter in the URL recolours the map with that agency's requests", async () => {
		const { page } = await openMap('?program=kenduren_mas&regency=35.14&metric=unanswered_pct', {
			noPrepared: true
		});
		const before = await features(page);
		const recoloured = Number(await page.getAttribute('[data-map]', 'data-recoloured'));
		await pick(page, 'agency', 'PAS-DISPERTA');
		await urlHas(page, 'agency', 'PAS-DISPERTA');
		await page.waitForFunction(
			(n) =>
				document.querySelector('.boundary')?.getAttribute('data-status') === 'ok' &&
				Number(document.querySelector('[data-map]')?.getAttribute('data-recoloured')) > n,
			recoloured,
			{ timeout: 60_000 }
		);
		const got = await features(page);
		const { c } = await expected(page.url(), 'district', 'unanswered_pct');
		expectSameStates(got, c);
		expect(got.map((g) => g.value)).not.toEqual(before.map((g) => g.value));
		await page.context().close();
	});

	it('runs ahead while still: a period button and the last kecamatan of the focused dropdown drawn from kept results, as native', async () => {
		const { page, errors } = await openMap(
			'?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31',
			{ noPrepared: true }
		);
		await aheadDone(page, 'map');
		const recoloured = () =>
			page.getAttribute('[data-map]', 'data-recoloured').then((n) => Number(n));
		const recolouredAfter = (n: number) =>
			page.waitForFunction(
				(k) =>
					document.querySelector('.boundary')?.getAttribute('data-status') === 'ok' &&
					Number(document.querySelector('[data-map]')?.getAttribute('data-recoloured')) > k,
				n,
				{ timeout: 60_000 }
			);
		let n = await recoloured();
		await afterRuns(page, ['map'], () => page.click('[data-preset="all"]'));
		expect(await lastRuns(page, ['map'])).toEqual([{ cached: true }]);
		await recolouredAfter(n);
		expect(new URL(page.url()).searchParams.get('from')).not.toBe('2025-01-01');
		expectSameStates(await features(page), (await expected(page.url(), 'district', 'visitors')).c);
		// The kecamatan dropdown focused: its choices run ahead, the last one among them.
		const district = await focusLastChoice(page, 'map', 'district', 2);
		n = await recoloured();
		await afterRuns(page, ['map'], () => page.selectOption('select[name=district]', district));
		expect(await lastRuns(page, ['map'])).toEqual([{ cached: true }]);
		await urlHas(page, 'district', district);
		await recolouredAfter(n);
		const villages = await site.native.query(
			`SELECT count(*) AS n FROM regions WHERE parent_code = '${district}'`
		);
		await drawn(page, Number(villages[0]!.n));
		const got = await features(page);
		expect(got.every((g) => g.code.startsWith(`${district}.`))).toBe(true);
		expectSameStates(got, (await expected(page.url(), 'village', 'visitors')).c);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('shows rice and milk against their own targets, never pooled', async () => {
		const { page } = await openMap('?program=gempungan&regency=32.14&metric=rice_target_pct', {
			noPrepared: true
		});
		const rice = await features(page);
		expectSameStates(rice, (await expected(page.url(), 'district', 'rice_target_pct')).c);
		const recoloured = Number(await page.getAttribute('[data-map]', 'data-recoloured'));
		await page.selectOption('select[name=metric]', 'milk_target_pct');
		await urlHas(page, 'metric', 'milk_target_pct');
		await page.waitForFunction(
			(n) => Number(document.querySelector('[data-map]')?.getAttribute('data-recoloured')) > n,
			recoloured,
			{ timeout: 60_000 }
		);
		const milk = await features(page);
		const { c, rows } = await expected(page.url(), 'district', 'milk_target_pct');
		expectSameStates(milk, c);
		// Each share is counted from its own commodity's targeted households.
		expect(rows.some((r) => r.rice_target !== r.milk_target)).toBe(true);
		await page.context().close();
	});

	it('colours the 365 villages of a real Pasuruan boundary file by class, as native DuckDB computes', async () => {
		if (!existsSync(PASURUAN)) {
			console.warn(`SKIPPED: ${PASURUAN} is absent (real boundary test data)`);
			expect(existsSync(PASURUAN)).toBe(false);
			return;
		}
		const { page } = await openMap(
			'?program=kenduren_mas&regency=35.14&level=village&metric=on_site_pct&from=2025-01-01&to=2025-12-31'
		);
		await page.setInputFiles('input[name=boundaries]', PASURUAN);
		await page.waitForSelector('[data-source="boundaries"]', { timeout: 60_000 });
		await drawn(page, 365);
		expect(await page.textContent('[data-join-report]')).toMatch(/^\s*365\b/);
		const got = await features(page);
		expect(got).toHaveLength(365);
		const { c } = await expected(page.url(), 'village', 'on_site_pct');
		expectSameStates(got, c);
		// Villages no request comes from show as "no data", not as the lowest class.
		const empty = got.filter((g) => g.kind === 'nodata');
		expect(empty.length).toBeGreaterThan(0);
		expect(empty.every((g) => g.fill === NO_DATA && g.value === null)).toBe(true);

		// A metric change recolours the same polygons.
		await page.selectOption('select[name=metric]', 'attendance_pct');
		await urlHas(page, 'metric', 'attendance_pct');
		await page.waitForFunction(
			() =>
				document.querySelector('[data-choropleth-metric="attendance_pct"]') !== null ||
				document.querySelector('[data-metric="attendance_pct"]') !== null
		);
		await drawn(page, 365);
		expectSameStates(
			await features(page),
			(await expected(page.url(), 'village', 'attendance_pct')).c
		);

		// A bad file leaves the current map in place with a clear error.
		await page.setInputFiles('input[name=boundaries]', {
			name: 'bad.geojson',
			mimeType: 'application/json',
			buffer: Buffer.from('{"type":"Point"}')
		});
		await page.waitForSelector('[data-upload-error]');
		expect(await page.getAttribute('[data-map]', 'data-drawn')).toBe('365');
		await page.context().close();
	});

	it("a village's panel ranks its top services as the raw requests do, without the full file", async () => {
		const fetched: string[] = [];
		const village = '35.14.08.2001';
		const { page, errors } = await openPage(
			site,
			`map/?program=kenduren_mas&regency=35.14&district=35.14.08&from=2025-01-01&to=2025-12-31&sel=${village}`,
			async (p) => void p.context().on('request', (r) => fetched.push(r.url()))
		);
		await page.waitForSelector(`[data-village-panel="${village}"] .boundary[data-status="ok"]`);
		const shown = await page.$$eval(
			'[data-village-panel] table[data-section="service"] tr',
			(trs) => trs.map((tr) => Number(tr.querySelector('.num')!.textContent!.replace(/\D/g, '')))
		);
		const raw = await site.native.query(
			`SELECT count(*)::INTEGER AS n FROM requests
			 WHERE citizen_village_code = ? AND program = 'kenduren_mas' AND service_code IS NOT NULL
			   AND CAST(received_at AS DATE) BETWEEN '2025-01-01' AND '2025-12-31'
			 GROUP BY service_code ORDER BY n DESC LIMIT 5`,
			[village]
		);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.sort((a, b) => b - a)).toEqual(raw.map((r) => r.n));
		expect(fetched.filter((u) => u.endsWith('/jemput-bola.duckdb'))).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a village without a service day says so in the list and legend, not "no data" (regression)', async () => {
		const query = '?program=bunga_kampung&regency=18.02&district=18.02.01';
		const q = mapQuery(filtersOf(query, site.lastDay), 'village');
		const rows = await site.native.query(q.sql, q.params);
		const none = rows.filter((r) => Number(r.events) === 0).map((r) => String(r.code));
		expect(none.length).toBeGreaterThan(0);
		const { page, errors } = await openMap(query);
		const listed = await page.$$eval('[data-area-list] tr[data-kind=nodata]', (trs) =>
			trs.map((t) => [t.getAttribute('data-code'), t.querySelector('td.num')!.textContent!.trim()])
		);
		expect(listed.map(([code]) => code).sort()).toEqual(none.sort());
		for (const [, text] of listed) expect(text).toBe('Belum ada hari layanan');
		expect(await page.textContent('[data-legend] [data-kind=nodata]')).toContain(
			'Belum ada hari layanan'
		);
		await page.screenshot({ path: 'tests/.artifacts/map-no-event.png', fullPage: true });
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
