import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { messages } from '../src/lib/i18n/messages.ts';
import { aidMonthsQuery, aidVillagesQuery } from '../src/lib/queries/aid.ts';
import { programsQuery } from '../src/lib/queries/options.ts';
import {
	defaultPlanYear,
	planYears,
	planYearsQuery,
	proposalFunnelQuery
} from '../src/lib/queries/proposals.ts';
import { judgedRate, requestBreakdownQuery, requestRates } from '../src/lib/queries/requests.ts';
import { ARTIFACTS, loaded } from './support/agency-page.ts';
import { afterRuns, focusLastChoice, lastRuns } from './support/ahead.ts';
import { seriousViolations } from './support/axe.ts';
import { filtersOf, goInApp, openPage, useSite, switchLang } from './support/site.ts';

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
	it('requests: unanswered questions per agency for a program and year, three interactions from the overview', async () => {
		const { page, errors } = await openPage(site, '');
		await page.waitForSelector('main[data-ready=true]', { timeout: 90_000 });
		await page.selectOption('select[name=program]', 'kenduren_mas');
		await page.waitForURL(/program=kenduren_mas/);
		await page.click('[data-preset=year-2025]');
		await page.waitForURL(/from=2025-01-01/);
		await page.click('[data-quick=questions]');
		await page.waitForURL(/requests.*kind=question/);
		await loaded(page, 'requests-breakdown');
		await loaded(page, 'requests-backlog');

		const search = new URL(page.url()).search;
		const f = filtersOf(search, site.lastDay);
		expect(f).toMatchObject({
			program: 'kenduren_mas',
			kind: 'question',
			from: '2025-01-01',
			to: '2025-12-31'
		});
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
		// The total row stays first, whatever the sort (by unanswered share here).
		expect(await page.getAttribute('[data-panel=rates] tbody tr:first-child', 'data-row')).toBe('');
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
		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: `${ARTIFACTS}/requests.png`, fullPage: true });
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('proposals: a kelurahan’s proposals for the latest complete plan year and how many reached the RKPD', async () => {
		const { page, errors } = await openPage(site, '?program=musrenbang');
		await page.waitForSelector('main[data-ready=true]', { timeout: 90_000 });
		await page.click('nav a[href*="proposals"]');
		await loaded(page, 'proposal-funnel');
		const f = filtersOf(new URL(page.url()).search, site.lastDay);
		// Opens on the latest complete plan year and says so (regression: the year in progress).
		const years = planYears(
			await site.native.query(planYearsQuery('musrenbang').sql, ['musrenbang'])
		);
		const year = defaultPlanYear(years)!;
		const later = years.filter((y) => y.year > year).map((y) => y.year);
		expect(later.length).toBeGreaterThan(0);
		expect(await page.getAttribute('button[aria-pressed=true][data-year]', 'data-year')).toBe(
			String(year)
		);
		const words = messages.id as Record<string, string>;
		expect(await page.textContent('[data-year-shown]')).toBe(
			`${words.prop_year_shown!.replace('{year}', String(year))} ${words.prop_year_latest_complete!.replace('{later}', later.join(', '))}`
		);
		const q = proposalFunnelQuery(f, year, 'village');
		const want = await site.native.query(q.sql, q.params);
		const shown = await tableValues(page, 'proposal-breakdown');
		const pengasinan = want.find((r) => r.key === '32.75.05.1002')!;
		expect(Number(pengasinan.reached_submitted)).toBeGreaterThan(250);
		const row = shown['32.75.05.1002']!;
		expect(Number(row.reached_submitted)).toBe(pengasinan.reached_submitted);
		expect(Number(row.reached_rkpd)).toBe(pengasinan.reached_rkpd);
		expect(Object.keys(shown).length).toBe(want.length - 1);

		await page.selectOption('select[name=proposal-village]', '32.75.05.1002');
		await loaded(page, 'proposal-list');
		const listed = await page.locator('[data-panel=proposal-list] tbody tr').count();
		expect(listed).toBe(pengasinan.reached_submitted);
		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: `${ARTIFACTS}/proposals.png`, fullPage: true });
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('aid: rice and milk per village of Purwakarta in the latest month, against target', async () => {
		const { page, errors } = await openPage(site, '?program=gempungan&regency=32.14');
		await page.waitForSelector('main[data-ready=true]', { timeout: 90_000 });
		await page.click('nav a[href*="aid"]');
		await loaded(page, 'aid-villages');
		const f = filtersOf(new URL(page.url()).search, site.lastDay);
		const m = aidMonthsQuery(f);
		const [latest] = await site.native.query(m.sql, m.params);
		const q = aidVillagesQuery(f, String(latest!.month));
		const want = await site.native.query(q.sql, q.params);
		expect(new Set(want.map((r) => r.commodity))).toEqual(new Set(['beras', 'susu']));
		const shown = await tableValues(page, 'aid-villages');
		expect(Object.keys(shown).length).toBe(want.length);
		for (const w of want) {
			const got = shown[`${w.village_code}|${w.aid_program}|${w.commodity}|${w.unit}`]!;
			expect(Number(got.quantity)).toBe(w.quantity);
			expect(Number(got.recipients)).toBe(w.recipients);
			expect(Number(got.target)).toBe(w.target);
			expect(Number(got.months_below)).toBe(w.months_below);
		}
		// Rice below a tonne reads in kg.
		const small = want.find((r) => r.commodity === 'beras' && Number(r.quantity) < 1000)!;
		const cell = page.locator(
			`[data-panel=aid-villages] tr[data-row="${small.village_code}|${small.aid_program}|beras|kg"] td[data-col=quantity]`
		);
		expect(await cell.textContent()).toMatch(/^[\d.]+ kg$/);
		// The data's last month holds only some of its days: the monthly totals say so.
		const end = site.lastDay;
		const partialMonth = end.slice(0, 7);
		const monthEnd = new Date(Date.UTC(+end.slice(0, 4), +end.slice(5, 7), 0)).getUTCDate();
		if (+end.slice(8, 10) < monthEnd) {
			const rows = page.locator(
				`[data-panel=aid-monthly] tr[data-row^="${partialMonth}|"] td[data-col=month]`
			);
			expect(await rows.count()).toBeGreaterThan(0);
			expect(await rows.first().textContent()).toMatch(/sebagian/);
			expect(await page.textContent('[data-panel=aid-monthly] [data-partial-note]')).toContain('*');
		}
		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: `${ARTIFACTS}/aid.png`, fullPage: true });
		// The month picked stays in the URL and in the menu links, like the filters.
		const [, earlier] = await site.native.query(m.sql, m.params);
		await page.selectOption('select[name=aid-month]', String(earlier!.month));
		await page.waitForURL(new RegExp(`month=${earlier!.month}`));
		await loaded(page, 'aid-villages');
		expect(await page.getAttribute('nav a[href*="coverage"]', 'href')).toContain(
			`month=${earlier!.month}`
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('proposals and aid run ahead: the last kecamatan of the focused dropdown answered from kept results, as native', async () => {
		const { page, errors } = await openPage(site, 'proposals/?program=musrenbang&regency=32.75');
		await loaded(page, 'proposal-funnel');
		let district = await focusLastChoice(page, 'proposals', 'district', 1);
		await afterRuns(page, ['proposal-funnel'], () =>
			page.selectOption('select[name=district]', district)
		);
		expect(await lastRuns(page, ['proposal-funnel'])).toEqual([{ cached: true }]);
		await loaded(page, 'proposal-funnel');
		let f = filtersOf(new URL(page.url()).search, site.lastDay);
		expect(f.district).toBe(district);
		const years = planYears(
			await site.native.query(planYearsQuery('musrenbang').sql, ['musrenbang'])
		);
		const q = proposalFunnelQuery(f, defaultPlanYear(years)!, 'village');
		const funnel = (await site.native.query(q.sql, q.params)).filter((r) => r.key !== null);
		const breakdown = await tableValues(page, 'proposal-breakdown');
		expect(funnel.length).toBeGreaterThan(0);
		expect(Object.keys(breakdown).sort()).toEqual(funnel.map((r) => String(r.key)).sort());
		for (const r of funnel) {
			expect(Number(breakdown[String(r.key)]!.reached_submitted)).toBe(r.reached_submitted);
			expect(Number(breakdown[String(r.key)]!.reached_rkpd)).toBe(r.reached_rkpd);
		}
		expect(errors).toEqual([]);
		await page.context().close();

		const aid = await openPage(site, 'aid/?program=gempungan&regency=32.14');
		await loaded(aid.page, 'aid-villages');
		const month = await aid.page.inputValue('select[name=aid-month]');
		district = await focusLastChoice(aid.page, 'aid', 'district', 1);
		const labels = ['aid-months', 'aid-monthly', 'aid-villages'];
		await afterRuns(aid.page, labels, () =>
			aid.page.selectOption('select[name=district]', district)
		);
		expect(await lastRuns(aid.page, labels)).toEqual(labels.map(() => ({ cached: true })));
		await loaded(aid.page, 'aid-villages');
		f = filtersOf(new URL(aid.page.url()).search, site.lastDay);
		expect(f.district).toBe(district);
		const m = aidMonthsQuery(f);
		const [latest] = await site.native.query(m.sql, m.params);
		// The kecamatan's latest month is the regency's: its villages ran ahead for that month.
		expect(String(latest!.month)).toBe(month);
		const v = aidVillagesQuery(f, month);
		const want = await site.native.query(v.sql, v.params);
		const shown = await tableValues(aid.page, 'aid-villages');
		expect(want.length).toBeGreaterThan(0);
		expect(Object.keys(shown).length).toBe(want.length);
		for (const w of want) {
			const got = shown[`${w.village_code}|${w.aid_program}|${w.commodity}|${w.unit}`]!;
			expect(String(w.village_code).startsWith(`${district}.`)).toBe(true);
			expect(Number(got.quantity)).toBe(w.quantity);
			expect(Number(got.recipients)).toBe(w.recipients);
		}
		expect(aid.errors).toEqual([]);
		await aid.page.context().close();
	});

	it('compare: a metric that does not apply to the program ranks nothing and says why, nor to an area of such a program beside others; its proposals or aid page says so too', async () => {
		// Regression: every area ranked on "proposals per 1,000" of a program that records none.
		const q = programsQuery();
		const programs = await site.native.query(q.sql, q.params);
		const p = programs.find((r) => r.has_proposals === false)!;
		expect(p).toBeDefined();
		// Indonesian first, then English with the page's own switch.
		const { page, errors } = await openPage(
			site,
			`compare/?program=${String(p.code)}&metric=proposals_per_1000&lang=id`
		);
		for (const lang of ['id', 'en'] as const) {
			if (lang === 'en') await switchLang(page, lang);
			await page.waitForSelector('[data-query=rank] .boundary[data-status=ok]', {
				timeout: 90_000
			});
			const why = messages[lang].fv_no_proposals.replace('{program}', String(p.name));
			expect(await page.textContent('[data-panel=rank] [data-na]')).toBe(why);
			expect(await page.locator('[data-panel=rank] canvas, [data-rank-table]').count()).toBe(0);
			expect(errors).toEqual([]);
		}
		// Every program: a kecamatan of that program beside one of a program with proposals. The
		// figure does not apply to the first (regression: shown as 0,00, red against the median);
		// its kecamatan are left out of the ranking, which says so.
		const other = programs.find((r) => r.has_proposals === true)!;
		const district = async (regency: unknown) =>
			String(
				(
					await site.native.query(
						"SELECT min(code) AS code FROM regions WHERE level = 'district' AND code LIKE ?",
						[`${String(regency)}.%`]
					)
				)[0]!.code
			);
		const [without, withProposals] = [
			await district(p.regency_code),
			await district(other.regency_code)
		];
		await goInApp(
			site,
			page,
			`compare/?program=all&areas=${without},${withProposals}&metric=proposals_per_1000&lang=en`
		);
		await loaded(page, 'compare');
		const cell = (area: string) =>
			page.locator(
				`[data-panel=compare] tr[data-metric=proposals_per_1000] td[data-area="${area}"]`
			);
		const why = messages.en.fv_no_proposals.replace('{program}', String(p.name));
		await expect.poll(() => cell(without).getAttribute('data-na')).toBe('true');
		expect(await cell(without).getAttribute('data-value')).toBe('');
		expect(await cell(without).getAttribute('title')).toBe(why);
		expect(Number(await cell(withProposals).getAttribute('data-value'))).toBeGreaterThan(0);
		await loaded(page, 'rank');
		const leftOut = Number(
			await page.getAttribute('[data-panel=rank] [data-left-out]', 'data-left-out')
		);
		// Left out: every kecamatan of every program without proposals, each reason said once.
		const lacking = programs.filter((r) => r.has_proposals === false);
		const native = await site.native.query(
			`SELECT count(*)::INTEGER AS n FROM regions WHERE level = 'district' AND (${lacking.map(() => 'code LIKE ?').join(' OR ')})`,
			lacking.map((r) => `${String(r.regency_code)}.%`)
		);
		expect(leftOut).toBe(native[0]!.n);
		const note = (await page.textContent('[data-panel=rank] [data-left-out]'))!;
		expect(note).toMatch(
			new RegExp(
				`^${messages.en.compare_left_out_proposals
					.replace(/[().]/g, '\\$&')
					.replace('{n}', String(leftOut))
					.replace('{programs}', '(.+)')}$`
			)
		);
		for (const r of lacking) expect(note).toContain(String(r.name));
		// Under the table and the trends, the reason in words (not only in a cell's title).
		expect(await page.textContent('[data-panel=compare] [data-na-note]')).toContain(why);
		expect(await page.textContent('[data-panel=compare-trend] [data-na-note]')).toContain(why);

		// The proposals and aid pages of a program without them say so, and show nothing else.
		await goInApp(site, page, `proposals/?program=${String(p.code)}&lang=en`);
		await expect
			.poll(() => page.textContent('.panels [data-na]'))
			.toBe(messages.en.fv_no_proposals.replace('{program}', String(p.name)));
		expect(await page.locator('[data-year], [data-query=proposal-funnel]').count()).toBe(0);
		const noAid = programs.find((r) => r.has_aid === false)!;
		await goInApp(site, page, `aid/?program=${String(noAid.code)}&lang=en`);
		await expect
			.poll(() => page.textContent('[data-note=no-aid][data-na=true]').then((t) => t?.trim()))
			.toBe(messages.en.fv_no_aid.replace('{program}', String(noAid.name)));
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
