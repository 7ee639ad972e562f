import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { judgedRate, requestBreakdownQuery, requestRates } from '../src/lib/queries/requests.ts';
import { ARTIFACTS, loaded } from './support/agency-page.ts';
import { filtersOf, openPage, useSite } from './support/site.ts';

const site = useSite();
beforeAll(() => {
	mkdirSync(ARTIFACTS, { recursive: true });
});

/** The `data-value` of every cell of a panel's table, per row key. */
async function tableValues(page: Page, panel: string) {
	return page.$$eval(`[data-panel=${panel}] tbody tr`, (trs) =>
		Object.fromEntries(
			trs.map((tr) => [
				tr.getAttribute('data-row'),
				Object.fromEntries(
					[...tr.querySelectorAll('td')].map((td) => [
						td.getAttribute('data-col'),
						td.getAttribute('data-value')
					])
				)
			])
		)
	);
}

describe('program views in Chromium', () => {
	it('requests: unanswered questions per agency, two interactions from the overview', async () => {
		const { page, errors } = await openPage(
			site,
			'?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31'
		);
		await page.waitForSelector('main[data-ready=true]', { timeout: 90_000 });
		await page.click('nav a[href*="requests"]');
		await loaded(page, 'requests-breakdown');
		await page.selectOption('select[name=kind]', 'question');
		await loaded(page, 'requests-breakdown');
		await page.waitForURL(/kind=question/);
		await loaded(page, 'requests-backlog');

		const search = new URL(page.url()).search;
		const f = filtersOf(search, site.lastDay);
		expect(f).toMatchObject({ program: 'kenduren_mas', kind: 'question' });
		const q = requestBreakdownQuery(f, 'agency');
		const want = await site.native.query(q.sql, q.params);
		// The total row shows the questions' count once the kind filter has been applied.
		await page.waitForFunction(
			(n) =>
				document
					.querySelector('[data-panel=rates] tr[data-row=""] td[data-col=n]')
					?.getAttribute('data-value') === String(n),
			want[0]!.n
		);
		const shown = await tableValues(page, 'rates');
		expect(Object.keys(shown).length).toBe(want.length);
		for (const w of want) {
			const got = shown[String(w.key ?? '')]!;
			expect(Number(got.n), String(w.key)).toBe(w.n);
			for (const id of requestRates) {
				const v = judgedRate(w, id);
				if (v === null) expect(got[id]).toBe('');
				else expect(Number(got[id])).toBeCloseTo(v, 9);
			}
		}
		const disperta = shown['PAS-DISPERTA']!;
		expect(Number(disperta.unanswered_pct)).toBeGreaterThan(5);
		await page.screenshot({ path: `${ARTIFACTS}/requests.png`, fullPage: true });
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
