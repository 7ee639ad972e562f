import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAnalytics } from '../scripts/data-tiers/analytics.ts';
import { openNative } from '../scripts/lib/native-db.ts';
import { sqlLiteral } from '../src/lib/sql.ts';
import { ARTIFACTS } from './support/agency-page.ts';
import { BUILT_DATA } from './support/native.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { BASE, openPage, useSite } from './support/site.ts';

// A column of the overview's kecamatan-level summary, which the overview and the report read.
// The table stays (the start-up check requires every table), so the data loads and the pages'
// queries fail in real duckdb-wasm.
const TABLE = 'daily_facts_district';
const DROPPED = 'visitors';
const site = useSite();
let dir = '';
let server: StaticServer;

beforeAll(async () => {
	// The built site (linked, not copied) with a data file missing one column of a derived table: real
	// duckdb-wasm answers the pages' queries on it with an error.
	mkdirSync(ARTIFACTS, { recursive: true });
	dir = mkdtempSync(join(tmpdir(), 'jemput-bola-broken-'));
	const root = join(dir, 'site');
	execFileSync('cp', ['-rs', resolve('build'), root]);
	const data = join(root, 'data');
	const broken = join(data, 'jemput-bola.duckdb');
	// Replace the links (never write through them into build/): the full file, then the analytics
	// file and manifest the dashboard loads, written from it as the build does.
	for (const f of ['jemput-bola.duckdb', 'manifest.json']) rmSync(join(data, f));
	copyFileSync(BUILT_DATA, broken);
	const db = await openNative();
	await db.exec(
		`ATTACH ${sqlLiteral(broken)} AS b; ALTER TABLE b.${TABLE} DROP COLUMN ${DROPPED}; CHECKPOINT b`
	);
	db.close();
	await writeAnalytics(broken, data);
	server = await serveStatic(root, BASE);
});
afterAll(async () => {
	await server?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('a failing query in Chromium', () => {
	it('shows its error with a retry that runs it again, on the overview and the report', async () => {
		const { page } = await openPage({ ...site, server }, '?regency=35.14');
		const boundary = page.locator('.boundary[data-status=error]').first();
		await boundary.waitFor({ timeout: 90_000 });
		expect(await boundary.getByRole('alert').textContent()).toContain(DROPPED);
		const generation = Number(await boundary.getAttribute('data-generation'));
		await boundary.getByRole('button', { name: 'Coba lagi' }).click();
		await page.waitForFunction(
			(g) =>
				[...document.querySelectorAll('.boundary[data-status=error]')].some(
					(b) => Number(b.getAttribute('data-generation')) > g
				),
			generation
		);

		// The report's six queries share one boundary: it says what failed instead of "Memuat…".
		await page.goto(server.url + 'report/?regency=35.14');
		const report = page.locator('[data-query=report] > .boundary');
		await page.waitForSelector('[data-query=report] > .boundary[data-status=error]', {
			timeout: 90_000
		});
		expect(await report.getByRole('alert').textContent()).toContain(DROPPED);
		expect(await report.getByRole('button', { name: 'Coba lagi' }).count()).toBe(1);
		await page.screenshot({ path: `${ARTIFACTS}/report-query-error.png` });
		await page.context().close();
	});
});
