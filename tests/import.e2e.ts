import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openNative, type NativeDb } from '../scripts/lib/native-db.ts';
import { importFolder } from '../scripts/import/import-folder.ts';
import { metrics } from '../src/lib/queries/metrics.ts';
import { extentQuery } from '../src/lib/queries/options.ts';
import { overviewQuery, splitOverview } from '../src/lib/queries/overview.ts';
import { writeImportFixture } from './support/import-fixture.ts';
import { filtersOf, openPage, useSite } from './support/site.ts';

const site = useSite();
let dir = '';
let imported: NativeDb;
let importedLastDay = '';

beforeAll(async () => {
	dir = await writeImportFixture(site.native);
	// The command-line importer on the same files: what the browser must show.
	await importFolder(dir, join(dir, 'native.duckdb'));
	imported = await openNative(join(dir, 'native.duckdb'));
	const q = extentQuery();
	importedLastDay = String((await imported.query(q.sql, q.params))[0]!.last_day);
});
afterAll(() => {
	imported?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

const csvFiles = () =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.csv'))
		.map((f) => join(dir, f));

async function kpis(page: Page): Promise<Record<string, number | null>> {
	await page.waitForSelector('.boundary[data-status="ok"] [data-kpi]', { timeout: 60_000 });
	return page.$$eval('[data-kpi]', (els) =>
		Object.fromEntries(
			els.map((e) => {
				const v = e.getAttribute('data-value');
				return [e.getAttribute('data-kpi'), v === '' || v === null ? null : Number(v)];
			})
		)
	);
}

async function expectImportedOverview(page: Page): Promise<void> {
	const q = overviewQuery(filtersOf('', importedLastDay));
	const { current } = splitOverview(await imported.query(q.sql, q.params));
	const got = await kpis(page);
	for (const m of metrics) {
		const want = (current[m.id] as number | null) ?? null;
		if (want === null) expect(got[m.id], m.id).toBeNull();
		else
			expect(Math.abs(got[m.id]! - want), `${m.id}: ${got[m.id]} vs ${want}`).toBeLessThan(
				1e-9 * Math.max(1, Math.abs(want))
			);
	}
}

describe('import page in Chromium', () => {
	it('imports the CSVs, shows the overview equal to native DuckDB, and keeps it over a reload', async () => {
		const { page, errors, external } = await openPage(site, 'import/');
		await page.setInputFiles('input[name="import-files"]', csvFiles());
		await page.waitForSelector('[data-import-status="done"], [data-import-status="problems"]', {
			timeout: 120_000
		});
		expect(await page.textContent('[data-import-status]')).not.toMatch(/masalah ditemukan/);
		await page.click('[data-action="view-overview"]');
		await expect.poll(() => page.getAttribute('[data-banner]', 'data-banner')).toBe('imported');
		await expectImportedOverview(page);
		await page.reload();
		expect(await page.getAttribute('[data-banner]', 'data-banner')).toBe('imported');
		await expectImportedOverview(page);
		expect(errors).toEqual([]);
		expect(external).toEqual([]);
		await page.context().close();
	});
});
