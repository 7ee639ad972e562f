import { extentQuery } from '../src/lib/queries/options.ts';
import { publicAreasQuery } from '../src/lib/queries/public-areas.ts';
import { words } from '../src/lib/public/words.ts';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { BASE, openPage, useSite } from './support/site.ts';
import { WIDTHS, widthsAt } from './support/widths.ts';

const site = useSite();

/** A village with requests and aid (Purwakarta), and its kecamatan and regency. */
async function sampleVillage(): Promise<{ code: string; requests: number }> {
	const [row] = await site.native.query(
		`SELECT citizen_village_code AS code, count(*)::INTEGER AS n FROM requests
		 WHERE citizen_village_code LIKE '32.14.%' GROUP BY 1 HAVING count(*) >= 5 ORDER BY 1 LIMIT 1`
	);
	return { code: String(row!.code), requests: Number(row!.n) };
}

describe('public pages in Chromium (no engine, no data file)', () => {
	it('finds a village by name on a phone and opens its page', async () => {
		const { code } = await sampleVillage();
		const [v] = await site.native.query(`SELECT name FROM regions WHERE code = ?`, [code]);
		const name = String(v!.name);
		const fetched: string[] = [];
		const opened = await openPage(site, 'public/', async (p) => {
			await p.setViewportSize({ width: 390, height: 800 });
			p.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		});
		const { page, errors, external } = opened;
		expect(await seriousViolations(page)).toEqual([]);
		await page.fill('#q', name.slice(0, 5));
		const hit = page.locator(`form[data-search] li:has(a[href$="/public/${code}/"])`);
		await hit.waitFor();
		expect(await hit.textContent()).toMatch(/ — .+, Kabupaten Purwakarta/);
		// Only the shard of the first three letters typed, not every village.
		const key = name.slice(0, 3).toLowerCase();
		expect(fetched.filter((u) => u.includes('/public/search/'))).toEqual([
			`${BASE}/public/search/${key}.json`
		]);
		await hit.locator('a').click();
		await page.waitForURL(`**/public/${code}/`);
		expect(await page.textContent('h1')).toContain(name);
		expect(errors).toEqual([]);
		expect(external).toEqual([]);
		await page.context().close();
	});

	it('shows a village page as plain HTML: figures, links, CSV, no wasm or data file', async () => {
		const { code, requests } = await sampleVillage();
		const urls: string[] = [];
		const { page, errors } = await openPage(site, `public/${code}/`, async (p) => {
			p.on('request', (r) => urls.push(r.url()));
		});
		expect(urls.filter((u) => /\.(wasm|duckdb|js)(\?|$)/.test(u))).toEqual([]);
		expect(await page.locator('dl.facts').textContent()).toContain(
			requests.toLocaleString('id-ID')
		);
		// The cards say which period they count (regression: counts without a period).
		const [ext] = await site.native.query(extentQuery().sql);
		const w = words('id');
		expect(await page.textContent('[data-facts-period]')).toContain(
			w.t('facts_period', { from: w.date(String(ext!.first_day)), to: w.date(site.lastDay) })
		);
		expect(await seriousViolations(page)).toEqual([]);
		// Words of the line under the title keep their spaces (regression: "Tengah ·Penduduk").
		expect(await page.textContent('h1 + p.muted')).toMatch(/\S · Penduduk: /);
		const dash = await page.getAttribute('a[href*="regency="]', 'href');
		expect(dash).toContain(
			`regency=${code.slice(0, 5)}&district=${code.slice(0, 8)}&village=${code}`
		);
		expect(await page.getAttribute('meta[property="og:title"]', 'content')).toContain(
			'Desa/Kelurahan'
		);
		const csvHref = (await page.getAttribute('a[href$=".csv"]', 'href'))!;
		const csv = await (await page.request.get(new URL(csvHref, page.url()).href)).text();
		expect(csv).toMatch(/^section,item,detail,measure,value\r\n/);
		expect(csv).toContain(`summary,requests,,,${requests}`);
		expect(csv).toMatch(/meta,data_until,,,\d{4}-\d\d-\d\d/);
		// Keyboard: the first Tab reaches the skip link, which jumps to the content.
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
			'#content'
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('every regency page, and a kecamatan and a village page, fit a phone, a tablet and a laptop', async () => {
		// Regression: a long "village (kecamatan)" in the list of villages not visited pushed a
		// regency page past a 768 px tablet.
		const { code } = await sampleVillage();
		const areas = publicAreasQuery(site.lastDay);
		const regencies = (await site.native.query(areas.sql, areas.params))
			.filter((r) => r.level === 'regency')
			.map((r) => String(r.code));
		expect(regencies.length).toBeGreaterThan(1);
		const { page, errors } = await openPage(site);
		for (const path of [...regencies, code.slice(0, 8), `en/${code}`]) {
			await page.goto(`${site.server.url}public/${path}/`);
			for (const width of WIDTHS) {
				const m = await widthsAt(page, width);
				expect([m.page, m.unreachable], `${path} at ${width}px`).toEqual([m.inner, []]);
			}
		}
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('has accessible kecamatan and regency pages, and an English version', async () => {
		const { code } = await sampleVillage();
		for (const path of [`public/${code.slice(0, 8)}/`, `public/${code.slice(0, 5)}/`]) {
			const { page, errors } = await openPage(site, path);
			expect(await page.locator('#sec-children ~ * tbody tr').count()).toBeGreaterThan(1);
			expect(await seriousViolations(page)).toEqual([]);
			expect(errors).toEqual([]);
			await page.context().close();
		}
		const { page } = await openPage(site, `public/en/${code}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.textContent('#sec-requests')).toContain('Requests from residents');
		// The dashboard opens in the page's language, on the program that serves the area
		// (regression: Indonesian, every program).
		const areas = publicAreasQuery(site.lastDay);
		const row = (await site.native.query(areas.sql, areas.params)).find((r) => r.code === code)!;
		const programs = String(row.programs).split(',');
		expect(programs).toHaveLength(1);
		const dash = new URL((await page.getAttribute('a[href*="regency="]', 'href'))!, page.url());
		expect([dash.searchParams.get('program'), dash.searchParams.get('lang')]).toEqual([
			programs[0],
			'en'
		]);
		await page.click('a[href*="regency="]');
		await page.waitForSelector('.boundary[data-status="ok"] [data-kpi]', { timeout: 90_000 });
		expect(await page.inputValue('select[name=program]')).toBe(programs[0]);
		expect(await page.inputValue('input[name=village]')).toBe(code);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		await page.goBack();
		await page.click('text=Bahasa Indonesia');
		await page.waitForURL(`**/public/${code}/`);
		expect(await page.getAttribute('html', 'lang')).toBe('id');
		await page.context().close();
	});
});
