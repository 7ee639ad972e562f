import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { codeLists } from '../src/lib/i18n/code-words.ts';
import { messages } from '../src/lib/i18n/messages.ts';
import { villageDetailQuery } from '../src/lib/queries/map-detail.ts';
import { rules } from '../src/lib/report/rules.ts';
import { titleKey } from '../src/routes/site-pages.ts';
import { seriousViolations } from './support/axe.ts';
import {
	filtersOf,
	goInApp,
	openPage,
	useSite,
	type OpenedPage,
	switchLang
} from './support/site.ts';
import { WIDTHS, widthsAt } from './support/widths.ts';

const KM2025 = '?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31';
const site = useSite();

/** Codes that must never reach the page as they are: every code with an underscore, every rule. */
const rawCodes = [
	...Object.values(codeLists).flatMap((c) => [...c]),
	...rules.map((r) => r.id)
].filter((c) => c.includes('_'));
/** English codes that are no Indonesian word: raw on an Indonesian page, they are a missed label. */
const englishCodes = [
	...codeLists.event_status,
	...codeLists.request_status,
	...codeLists.stage,
	...codeLists.kind
].filter((c) => !['kecamatan', 'rkpd'].includes(c));

/** Best-practice rules every page must pass too (content in landmarks, headings in order, named
 * header cells, roles allowed on their elements). */
const ALSO = ['region', 'heading-order', 'empty-table-header', 'aria-allowed-role'];

/** The route id of a test path (`agencies/detail/?…` -> `/agencies/detail`). */
const routeOf = (path: string) => `/${path.split('?')[0]!.replace(/\/$/, '')}`;

/** At `width`, the header fits (menu and language switch inside the viewport), the page does
 * not scroll sideways, and what scrolls inside its card can be scrolled with a keyboard. */
async function fits(page: Page, width: number): Promise<void> {
	const m = await widthsAt(page, width);
	expect(Math.max(m.header, m.nav, m.lang, m.page), `${width}px`).toBeLessThanOrEqual(m.inner);
	expect(m.unreachable, `${width}px`).toEqual([]);
	expect(m.currentHidden, `${width}px: the current page's menu link in view`).toBe(false);
}

/** Waits until every query boundary of the page has settled (import has none). */
async function settled(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const b = [...document.querySelectorAll('.boundary')];
			return (
				document.querySelector('h1') !== null &&
				b.every((x) => ['ok', 'empty', 'error'].includes(x.getAttribute('data-status') ?? ''))
			);
		},
		undefined,
		{ timeout: 90_000 }
	);
}

/** Raw codes the page's visible text shows. */
async function codesShown(page: Page, lang: 'id' | 'en'): Promise<string[]> {
	// A definition may name the data's code in brackets after the words: "terlaksana (held)".
	const text = (await page.evaluate(() => document.body.innerText)).replace(/\(\w+\)/g, '');
	const words = new Set(text.split(/[^\p{L}_]+/u));
	return [...rawCodes, ...(lang === 'id' ? englishCodes : [])].filter((c) => words.has(c));
}

const pages = [
	'',
	'map/',
	'agencies/',
	'agencies/detail/?agency=PAS-DISPERTA&',
	'report/',
	'compare/?areas=35.14.08,35.14.09&',
	'requests/',
	'proposals/',
	'aid/',
	'coverage/',
	'import/'
];

/** One page for the tour of every page: the first opened, the others reached as by a link. */
let tour: OpenedPage | undefined;
afterAll(() => tour?.page.context().close());
/** Takes the tour to `url` and waits for its page (`title`) to be drawn and settled. */
async function visit(url: string, title: string): Promise<OpenedPage> {
	if (!tour) tour = await openPage(site, url);
	else {
		// Each step answers for its own page's errors.
		tour.errors.length = 0;
		await goInApp(site, tour.page, url);
	}
	await tour.page.waitForFunction((t) => document.title === t, title, { timeout: 90_000 });
	await settled(tour.page);
	return tour;
}

describe('every analyst page in Chromium', () => {
	it.each(pages)(
		'%s: no serious or critical axe violation, no raw code (Indonesian)',
		async (path) => {
			const url = path.includes('?') ? `${path}${KM2025.slice(1)}` : `${path}${KM2025}`;
			const title = `${messages.id[titleKey(routeOf(path))]} · Jemput Bola`;
			const { page, errors } = await visit(url, title);
			expect(await codesShown(page, 'id')).toEqual([]);
			expect(await seriousViolations(page, ALSO)).toEqual([]);
			for (const width of WIDTHS) await fits(page, width);
			await page.setViewportSize({ width: 1400, height: 1000 });
			expect(errors).toEqual([]);
		}
	);

	it('a skip link leads past the header to the content, in both languages', async () => {
		const { page, errors } = await openPage(site, `requests/${KM2025}&lang=en`);
		await settled(page);
		expect(await page.title()).toBe(`${messages.en.nav_requests} · Jemput Bola`);
		await page.keyboard.press('Tab');
		const skip = await page.evaluate(() => {
			const a = document.activeElement as HTMLAnchorElement;
			return { text: a.textContent, href: a.getAttribute('href'), x: a.getBoundingClientRect().x };
		});
		expect(skip).toMatchObject({ text: messages.en.skip_to_content, href: '#content' });
		expect(skip.x).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'content');
		expect(await page.evaluate(() => document.activeElement!.tagName)).toBe('MAIN');
		await page.click('[data-lang=id]');
		await page.waitForFunction(
			(t) => document.title === t,
			`${messages.id.nav_requests} · Jemput Bola`
		);
		expect(await page.locator('a[href="#content"]').textContent()).toBe(
			messages.id.skip_to_content
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it.each(['report/', 'proposals/'])('%s in English: no raw code, no violation', async (path) => {
		const title = `${messages.en[titleKey(routeOf(path))]} · Jemput Bola`;
		const { page, errors } = await visit(`${path}${KM2025}&lang=en`, title);
		expect(await codesShown(page, 'en')).toEqual([]);
		expect(await seriousViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});

	it("the map's village panel names event statuses, commodities and stages in both languages", async () => {
		const [v] = await site.native.query(
			`SELECT village_code FROM events WHERE program = 'kenduren_mas' AND status <> 'held'
			   AND date BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`
		);
		const village = String(v!.village_code);
		const q = villageDetailQuery(filtersOf(KM2025, site.lastDay), village);
		const want = await site.native.query(q.sql, q.params as never);
		const events = want.filter((r) => r.section === 'event').slice(0, 12);
		expect(events.some((r) => r.detail !== 'held')).toBe(true);
		// Indonesian first, then English with the page's own switch.
		const { page, errors } = await openPage(site, `map/${KM2025}&sel=${village}&lang=id`);
		for (const lang of ['id', 'en'] as const) {
			if (lang === 'en') await switchLang(page, lang);
			await page.waitForSelector(`[data-village-panel="${village}"] table[data-section=event]`, {
				timeout: 90_000
			});
			const shown = await page.$$eval(
				`[data-village-panel="${village}"] table[data-section=event] small`,
				(s) => s.map((x) => x.textContent!.split(' · ')[0]!.trim())
			);
			const m = messages[lang] as Record<string, string>;
			expect(shown).toEqual(events.map((r) => m[`event_status_${String(r.detail)}`]));
			expect(await codesShown(page, lang)).toEqual([]);
			// Leaflet's zoom buttons are named in the page's language.
			const zoom = await page.$$eval('.leaflet-control-zoom a', (a) =>
				a.map((x) => [x.getAttribute('title'), x.getAttribute('aria-label')])
			);
			expect(zoom).toEqual([
				[m.map_zoom_in, m.map_zoom_in],
				[m.map_zoom_out, m.map_zoom_out]
			]);
			if (lang === 'id') expect(await seriousViolations(page, ALSO)).toEqual([]);
			expect(errors).toEqual([]);
		}
		await page.context().close();
	});
});
