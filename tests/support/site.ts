import { afterAll, beforeAll, expect, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { NativeDb } from '../../scripts/lib/native-db.ts';
import { filtersSchema, type ResolvedFilters } from '../../src/lib/schema/filters.ts';
import { resolveFilters } from '../../src/lib/state/resolve.ts';
import { programsQuery } from '../../src/lib/queries/options.ts';
import { appliedFilters, type ProgramActivity } from '../../src/lib/state/first-program.ts';
import { openBuiltData } from './native.ts';
import type { StaticServer } from './server.ts';
import { BASE } from './shared.ts';

export { BASE };

/** The built site on a local static server, headless Chromium and native DuckDB on the same data. */
export interface Site {
	server: StaticServer;
	browser: Browser;
	native: NativeDb;
	/** Last day with data (the default period ends there). */
	lastDay: string;
}

/**
 * Connects a test file to the one built site and browser every browser test shares
 * (`shared.ts`), and opens native DuckDB on the same data; lets go of them after the file.
 */
export function useSite(): Site {
	const site = {} as Site;
	beforeAll(async () => {
		const origin = inject('siteOrigin');
		// The shared server stays up for the other files: "closing" it here does nothing.
		site.server = { origin, url: `${origin}${BASE}/`, close: async () => undefined };
		site.browser = await chromium.connect(inject('browserWs'));
		({ db: site.native, lastDay: site.lastDay } = await openBuiltData());
		const q = programsQuery();
		programs = (await site.native.query(q.sql, q.params)) as unknown as ProgramActivity[];
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.server?.close();
		site.native?.close();
	});
	return site;
}

/** The programs of the built data (the first view opens on the one with the latest activity). */
let programs: ProgramActivity[] = [];

/**
 * The filters a page resolves from a URL or query string, as the app does (first view included:
 * `known` are the programs of the data the page shows, the built site's by default).
 */
export function filtersOf(
	url: string,
	lastDay: string,
	known: ProgramActivity[] = programs
): ResolvedFilters {
	const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
	const path = new URL(url, 'http://x/').pathname;
	const route = path.startsWith(BASE) ? path.slice(BASE.length) : path;
	const f = appliedFilters(
		filtersSchema.parse(Object.fromEntries(new URLSearchParams(search))),
		route.replace(/(.)\/$/, '$1') || '/',
		known
	);
	return resolveFilters(f, lastDay);
}

/** A page in a fresh context that records console errors, page errors and requests to other hosts. */
export interface OpenedPage {
	page: Page;
	errors: string[];
	external: string[];
}

/** Opens `path` (relative to the site root) at 1400×1000; `before` runs before navigation. */
export async function openPage(
	site: Site,
	path = '',
	before?: (page: Page) => Promise<void>
): Promise<OpenedPage> {
	const context = await site.browser.newContext({
		viewport: { width: 1400, height: 1000 },
		acceptDownloads: true,
		// Request routing does not see a service worker's fetches; offline.e2e.ts tests the worker.
		serviceWorkers: 'block'
	});
	const page = await context.newPage();
	const errors: string[] = [];
	const external: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('request', (r) => {
		if (!/^(data|blob):/.test(r.url()) && !r.url().startsWith(site.server.origin))
			external.push(r.url());
	});
	await before?.(page);
	await page.goto(site.server.url + path);
	return { page, errors, external };
}

/**
 * Goes to `path` (relative to the site root) inside the app, as a click on a link does: the
 * router draws the new page, the engine and its data stay (no reload, no new engine start).
 * Fails if the browser loaded a document instead.
 */
export async function goInApp(site: Site, page: Page, path: string): Promise<void> {
	const url = site.server.url + path;
	await page.evaluate((href) => {
		(window as unknown as { jbStayed: boolean }).jbStayed = true;
		const a = document.createElement('a');
		a.href = href;
		// The router handles clicks on links anywhere in the document.
		document.body.append(a);
		a.click();
		a.remove();
	}, url);
	await page.waitForURL(url);
	expect(await page.evaluate(() => (window as unknown as { jbStayed?: boolean }).jbStayed)).toBe(
		true
	);
}

/** Switches the page's language with the switch in its header (no reload), as a user does. */
export async function switchLang(page: Page, lang: 'id' | 'en'): Promise<void> {
	await page.click(`header [data-lang=${lang}]`);
	await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}
