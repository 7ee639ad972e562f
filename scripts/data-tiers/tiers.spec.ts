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
import { firstViewQueries, optionQueries, sqlKey } from '../../src/lib/queries/first-view';
import { resolveFilters } from '../../src/lib/state/resolve';
import { filtersSchema } from '../../src/lib/schema/filters';
import { extentQuery, programsQuery } from '../../src/lib/queries/options';
import {
	appliedFilters,
	latestProgram,
	type ProgramActivity
} from '../../src/lib/state/first-program';
import type { DataManifest } from '../../src/lib/schema/data-manifest';
import { attachMoreSql, FIRST_TIER_TABLES, MORE_ALIAS } from '../../src/lib/queries/data-tiers';
import { decompress } from 'fzstd';
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
	it('the analytics files hold every table but the raw requests, the overview’s in the first', async () => {
		const plain = join(dir, 'analytics.duckdb');
		const plainMore = join(dir, 'analytics-more.duckdb');
		writeFileSync(plain, decompress(readFileSync(join(dir, manifest.analytics.file))));
		writeFileSync(plainMore, decompress(readFileSync(join(dir, manifest.more.file))));
		const db = await openNative(plain);
		const tablesOf = async (alias: string) =>
			(
				await db.query(
					`SELECT table_name FROM duckdb_tables() WHERE database_name = '${alias}' ORDER BY 1`
				)
			).map((r) => String(r.table_name));
		expect(await tablesOf('jb')).toEqual([...FIRST_TIER_TABLES].sort());
		const fromFull = await openNative(full);
		const sorted = async (d: typeof db, q: { sql: string; params: unknown[] }) => {
			await d.exec('SET threads = 1');
			return (await d.query(q.sql, q.params as never)).map((r) => JSON.stringify(r)).sort();
		};
		// The default overview needs the first file only.
		const f = resolveFilters(filtersSchema.parse({}), '2025-12-31');
		expect(await sorted(db, overviewQuery(f))).toEqual(await sorted(fromFull, overviewQuery(f)));
		// So do the filter options every page needs.
		for (const o of optionQueries())
			expect(await db.query(o.sql, o.params)).toEqual(await fromFull.query(o.sql, o.params));
		// With the second attached, every table but the raw requests is there, and a kecamatan's
		// overview (village-level days to resolve) reads both.
		await db.exec(attachMoreSql(plainMore, 'jb'));
		const more = await tablesOf(MORE_ALIAS);
		expect(more).toContain('meta');
		expect(more.filter((t) => FIRST_TIER_TABLES.includes(t))).toEqual(['meta']);
		const all = [...(await tablesOf('jb')), ...more.filter((t) => t !== 'meta')].sort();
		const fullTables = (await fromFull.query(`SELECT table_name FROM duckdb_tables() ORDER BY 1`))
			.map((r) => String(r.table_name))
			.filter((t) => t !== 'requests');
		expect(all).toEqual(fullTables);
		const k = resolveFilters(
			filtersSchema.parse({ regency: '35.14', district: '35.14.08' }),
			'2025-12-31'
		);
		expect(await sorted(db, overviewQuery(k))).toEqual(await sorted(fromFull, overviewQuery(k)));
		// The map's village panel reads the analytics files alone, with the full file's answer.
		const detail = villageDetailQuery(f, '35.14.08.2001');
		const panel = await fromFull.query(detail.sql, detail.params);
		expect(await db.query(detail.sql, detail.params)).toEqual(panel);
		// Its top services come from the daily counts: the raw requests rank them the same.
		const services = await fromFull.query(
			`SELECT service_code AS code, count(*) AS n FROM requests
			 WHERE citizen_village_code = '35.14.08.2001' AND service_code IS NOT NULL
			   AND CAST(received_at AS DATE) BETWEEN ? AND ?
			 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5`,
			[f.from, f.to]
		);
		expect(services.length).toBeGreaterThan(0);
		// The panel lists them by name, so ties may come in another order than by code.
		const byCode = (l: unknown[][]) => l.sort((x, y) => String(x[0]).localeCompare(String(y[0])));
		expect(
			byCode(panel.filter((r) => r.section === 'service').map((r) => [r.detail, r.n]))
		).toEqual(byCode(services.map((r) => [r.code, r.n])));
		db.close();
		fromFull.close();
		expect(manifest.analytics.bytes).toBeLessThan(manifest.more.bytes);
		expect(manifest.analytics.bytes + manifest.more.bytes).toBeLessThan(
			readFileSync(full).byteLength / 3
		);
	});

	it('is rewritten only when the full file changed', async () => {
		const again = await ensureAnalytics(full);
		expect([again.analytics.file, again.more.file]).toEqual([
			manifest.analytics.file,
			manifest.more.file
		]);
		expect(existsSync(join(dir, manifest.analytics.file))).toBe(true);
		expect(existsSync(join(dir, manifest.more.file))).toBe(true);
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
