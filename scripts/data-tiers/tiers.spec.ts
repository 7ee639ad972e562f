import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSmall } from '../demo/test-db';
import { openNative } from '../lib/native-db';
import { ensureAnalytics, writeAnalytics } from './analytics';
import { writeFirstViews } from './first-view';
import { firstViewSchema } from '../../src/lib/schema/first-view';
import { villageDetailQuery } from '../../src/lib/queries/map-detail';
import { overviewQuery } from '../../src/lib/queries/overview';
import { firstViewQueries, sqlKey } from '../../src/lib/queries/first-view';
import { resolveFilters } from '../../src/lib/state/resolve';
import { filtersSchema } from '../../src/lib/schema/filters';
import { extentQuery, programsQuery } from '../../src/lib/queries/options';
import {
	appliedFilters,
	latestProgram,
	type ProgramActivity
} from '../../src/lib/state/first-program';
import type { DataManifest } from '../../src/lib/schema/data-manifest';
import { gunzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

let dir = '';
let full = '';
let manifest: DataManifest;
let close = () => {};

beforeAll(async () => {
	const small = await generateSmall(3);
	small.close();
	dir = small.dir;
	full = small.result.out;
	manifest = await writeAnalytics(full);
	close = () => rmSync(dir, { recursive: true, force: true });
}, 120_000);
afterAll(() => close());

describe('data tiers', () => {
	it('the analytics file holds every table but the raw requests, and is much smaller', async () => {
		const plain = join(dir, 'analytics.duckdb');
		writeFileSync(plain, gunzipSync(readFileSync(join(dir, manifest.analytics.file))));
		const db = await openNative(plain);
		const names = (await db.query(`SELECT table_name FROM duckdb_tables()`)).map(
			(r) => r.table_name
		);
		expect(names).not.toContain('requests');
		expect(names).toEqual(expect.arrayContaining(['daily_facts', 'requests_daily', 'regions']));
		const f = resolveFilters(filtersSchema.parse({}), '2025-12-31');
		const q = overviewQuery(f);
		const fromFull = await openNative(full);
		const sorted = async (d: typeof db) => {
			await d.exec('SET threads = 1');
			return (await d.query(q.sql, q.params)).map((r) => JSON.stringify(r)).sort();
		};
		expect(await sorted(db)).toEqual(await sorted(fromFull));
		// A record-level query says so: it needs the full file.
		const detail = villageDetailQuery(f, '35.14.08.2001');
		expect(detail.raw).toBe(true);
		await expect(db.query(detail.sql, detail.params)).rejects.toThrow(/requests/);
		expect((await fromFull.query(detail.sql, detail.params)).length).toBeGreaterThanOrEqual(0);
		db.close();
		fromFull.close();
		expect(manifest.analytics.bytes).toBeLessThan(readFileSync(full).byteLength / 3);
	});

	it('is rewritten only when the full file changed', async () => {
		expect((await ensureAnalytics(full)).analytics.file).toBe(manifest.analytics.file);
		expect(existsSync(join(dir, manifest.analytics.file))).toBe(true);
	});

	it('writes each page’s default view under the key of the statement the page builds', async () => {
		await writeFirstViews(dir, manifest);
		const file = firstViewSchema.parse(
			JSON.parse(readFileSync(join(dir, 'view', 'overview.json'), 'utf8'))
		);
		expect(file.data).toBe(manifest.analytics.hash);
		const db = await openNative(full);
		const [extent] = await db.query(extentQuery().sql);
		// The page opens on the program with the latest activity, as the browser picks it.
		const programs = (await db.query(programsQuery().sql)) as unknown as ProgramActivity[];
		db.close();
		const keys = Object.keys(file.results);
		const open = appliedFilters(filtersSchema.parse({}), '/', programs);
		expect(open.program).toBe(latestProgram(programs)!.code);
		for (const q of firstViewQueries(
			'overview',
			resolveFilters(open, String(extent!.last_day)),
			String(extent!.last_day)
		))
			expect(keys).toContain(sqlKey(q));
	});
});
