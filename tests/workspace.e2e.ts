import { describe, expect, it } from 'vitest';
import { loaded } from './support/agency-page.ts';
import { openPage, useSite } from './support/site.ts';

const KM2025 = '?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31';
const site = useSite();

describe("the planner's workspace in Chromium", () => {
	it('links between pages keep the filters and the language; the table sort is in the URL', async () => {
		const { page, errors } = await openPage(site, `agencies/${KM2025}&lang=en`);
		await loaded(page, 'agencies');
		expect(await page.getAttribute('html', 'lang')).toBe('en');

		// Sorting by name puts the sort in the URL; a reload keeps it.
		await page.click('[data-panel=agencies] thead th:first-child button');
		await page.waitForURL(/sort=name\.asc/);
		await page.reload();
		await loaded(page, 'agencies');
		expect(await page.getAttribute('[data-panel=agencies] thead th:first-child', 'aria-sort')).toBe(
			'ascending'
		);

		// The menu link to the map carries program, regency, period and language (not the sort).
		const href = await page.getAttribute('header nav a[href*="/map/"]', 'href');
		const url = new URL(href!, site.server.origin);
		expect(Object.fromEntries(url.searchParams)).toEqual({
			program: 'kenduren_mas',
			regency: '35.14',
			from: '2025-01-01',
			to: '2025-12-31',
			lang: 'en'
		});
		await page.click('header nav a[href*="/map/"]');
		await page.waitForURL(/\/map\/\?/);
		await page.waitForSelector('.boundary[data-status="ok"]', { timeout: 90_000 });
		expect(await page.inputValue('select[name=program]')).toBe('kenduren_mas');
		expect(await page.inputValue('input[name=from]')).toBe('2025-01-01');
		expect(await page.textContent('header nav')).toContain('Agencies');

		// Every agency row links to its agency page with the same filters.
		await page.click('header nav a[href*="/agencies/"]');
		await loaded(page, 'agencies');
		const link = await page.getAttribute(
			'[data-panel=agencies] tbody tr[data-row="PAS-DISPERTA"] a',
			'href'
		);
		expect(link).toMatch(/agencies\/detail\/\?.*from=2025-01-01.*agency=PAS-DISPERTA/);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
