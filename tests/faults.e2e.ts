import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DuckDBInstance } from '@duckdb/node-api';
import { dataFormat } from '../scripts/datafile/data-format.ts';
import { STORAGE_VERSION } from '../scripts/datafile/database.ts';
import { zstd } from '../scripts/build/zstd.ts';
import { requiredDataTables } from '../src/lib/db/verify.ts';
import { loaded } from './support/agency-page.ts';
import { openPage, useSite } from './support/site.ts';

const site = useSite();
const DATA = '**/data/analytics.*.duckdb.zst';
let dir = '';
let real: Buffer;

/** A small data file of this layout with some tables missing, or another format fingerprint. */
async function fakeData(name: string, opts: { tables: string[]; format: string }): Promise<Buffer> {
	const file = join(dir, name);
	const inst = await DuckDBInstance.create(':memory:');
	const con = await inst.connect();
	await con.run(`ATTACH '${file}' AS f (STORAGE_VERSION '${STORAGE_VERSION}')`);
	for (const t of opts.tables) await con.run(`CREATE TABLE f."${t}" (key VARCHAR, value VARCHAR)`);
	await con.run(`CREATE TABLE IF NOT EXISTS f.meta (key VARCHAR, value VARCHAR)`);
	await con.run(`INSERT INTO f.meta VALUES ('format', '${opts.format}')`);
	await con.run('DETACH f');
	con.closeSync();
	inst.closeSync();
	return Buffer.from(await zstd(readFileSync(file)));
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'jb-faults-'));
	const zst = readdirSync('build/data').find((f) => /^analytics\..*\.duckdb\.zst$/.test(f))!;
	real = readFileSync(join('build/data', zst));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Serves `body` in place of the data file. */
const serveData = (body: Buffer) => async (page: Page) => {
	await page.route(DATA, (r) =>
		r.fulfill({ status: 200, body, contentType: 'application/octet-stream' })
	);
};

/** The one load-fault message, its kind and text. */
async function fault(page: Page): Promise<{ kind: string | null; text: string }> {
	const box = page.locator('[data-load=error]');
	await box.waitFor({ timeout: 60_000 });
	return { kind: await box.getAttribute('data-fault'), text: (await box.textContent()) ?? '' };
}

describe('data faults and context in Chromium', () => {
	it('a truncated data file: one clear message with a retry, in the interface language', async () => {
		const half = real.subarray(0, Math.floor(real.length / 2));
		const { page } = await openPage(site, '?lang=en', serveData(half));
		const f = await fault(page);
		expect(f.kind).toBe('corrupt');
		expect(f.text).toContain('damaged or cut short');
		expect(await page.locator('[data-load=error] button').textContent()).toBe('Retry');
		await page.context().close();
	});

	it('a second analytics file that never comes: the overview works on the first, no second engine, no stray error', async () => {
		const { page, errors } = await openPage(site, '', async (p) => {
			await p.route('**/data/analytics-more.*.duckdb.zst', (r) => r.abort());
		});
		await page.waitForFunction(
			() => performance.getEntriesByName('jb:overview-rendered').length > 0,
			null,
			{ timeout: 60_000 }
		);
		expect(Number(await page.getAttribute('[data-kpi=requests]', 'data-value'))).toBeGreaterThan(0);
		await page.waitForTimeout(2500); // time enough for the second engine, were it to start
		expect(await page.evaluate(() => performance.getEntriesByName('jb:helper-ready').length)).toBe(
			0
		);
		// The download's failure may be logged by the browser; nothing else (no unhandled rejection).
		expect(errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
		await page.context().close();
	});

	it('a file without the contract tables, and one of another layout, are named as such', async () => {
		const none = await fakeData('none.duckdb', { tables: [], format: dataFormat() });
		let { page } = await openPage(site, 'map/', serveData(none));
		let f = await fault(page);
		expect(f.kind).toBe('tables');
		expect(f.text).toContain('tidak memuat tabel');
		await page.context().close();
		const old = await fakeData('old.duckdb', {
			tables: requiredDataTables.filter((t) => t !== 'meta'),
			format: 'an-older-layout'
		});
		({ page } = await openPage(site, 'agencies/', serveData(old)));
		f = await fault(page);
		expect(f.kind).toBe('format');
		expect(f.text).toContain('versi lain');
		await page.context().close();
	});

	it('a stalled download times out with its progress, and retry then loads the data', async () => {
		const { page, errors } = await openPage(site, 'report/', async (p) => {
			await p.addInitScript(() => ((globalThis as { jbStallMs?: number }).jbStallMs = 1500));
			await p.route(DATA, () => undefined); // never answers
		});
		const f = await fault(page);
		expect(f.kind).toBe('stalled');
		expect(f.text).toContain('macet');
		await page.unroute(DATA);
		await page.click('[data-load=error] button');
		await page.waitForSelector('main[data-ready=true]', { timeout: 90_000 });
		expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
		await page.context().close();
	});

	it('a Leaflet chunk that fails to load says so on the map, with a retry', async () => {
		const chunks = join('build', '_app', 'immutable', 'chunks');
		const leaflet = readdirSync(chunks).filter((f) =>
			readFileSync(join(chunks, f), 'utf8').includes('leaflet-pane')
		);
		expect(leaflet.length).toBeGreaterThan(0);
		const { page } = await openPage(site, 'map/', async (p) => {
			for (const f of leaflet) await p.route(`**/${f}`, (r) => r.abort());
		});
		await page.waitForSelector('[data-map-failed]', { timeout: 90_000 });
		expect(await page.textContent('[data-map-failed]')).toContain('Peta tidak dapat dimuat');
		await page.unroute('**/*');
		await page.context().close();
	});

	it('a route chunk that fails to load shows a message and a reload, not a bare 500', async () => {
		const { page } = await openPage(site, '');
		await page.waitForSelector('main[data-ready=true]', { timeout: 90_000 });
		await page.route('**/_app/immutable/nodes/**', (r) => r.abort());
		await page.click('nav a[href*="/report/"]');
		await page.waitForSelector('[data-page-error]', { timeout: 30_000 });
		expect(await page.textContent('[data-page-error]')).toContain('tidak dapat dimuat');
		expect(await page.locator('[data-page-error] button').count()).toBe(1);
		await page.context().close();
	});

	it('an unknown code in the URL says what was not found', async () => {
		const { page } = await openPage(site, '?regency=99.99&program=nope');
		await page.waitForSelector('[data-unknown-codes]', { timeout: 90_000 });
		expect(await page.textContent('[data-unknown=regency]')).toContain('99.99');
		expect(await page.textContent('[data-unknown=program]')).toContain('nope');
		await page.context().close();
	});

	it("draws an agency's mini map on the agency's own regency, not the first of the data", async () => {
		const [first] = await site.native.query(
			`SELECT code, name FROM regions WHERE level = 'regency' ORDER BY code LIMIT 1`
		);
		const [other] = await site.native.query(
			`SELECT r.agency_code AS agency, any_value(g.name) AS regency
			 FROM requests r JOIN regions g ON g.code = left(r.citizen_village_code, 5)
			 WHERE left(r.citizen_village_code, 5) <> ? GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
			[String(first!.code)]
		);
		const { page, errors } = await openPage(site, `agencies/detail/?agency=${other!.agency}`);
		await loaded(page, 'agency');
		const title = page.locator('[data-panel=map] h2');
		await expect.poll(() => title.textContent(), { timeout: 60_000 }).toContain(other!.regency);
		expect(await title.textContent()).not.toContain(String(first!.name));
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
