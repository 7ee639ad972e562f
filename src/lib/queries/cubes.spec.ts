import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNative, type NativeDb } from '../../../scripts/lib/native-db.ts';
import { rawOverviewQuery } from '../../../scripts/lib/raw-overview.ts';
import { generateSmall } from '../../../scripts/demo/test-db.ts';
import type { ResolvedFilters } from '$lib/schema/filters';
import { splitPeriod } from './cubes';
import { overviewQuery, splitOverview } from './overview';

describe('splitPeriod', () => {
	it('reads whole months from the monthly rows and the partial ones by day', () => {
		expect(splitPeriod('2025-01-01', '2025-12-31')).toEqual({
			months: { from: '2025-01-01', to: '2025-12-01' },
			days: []
		});
		expect(splitPeriod('2024-11-21', '2025-11-20')).toEqual({
			months: { from: '2024-12-01', to: '2025-10-01' },
			days: [
				{ from: '2024-11-21', to: '2024-11-30' },
				{ from: '2025-11-01', to: '2025-11-20' }
			]
		});
		expect(splitPeriod('2024-02-01', '2024-02-29').months).toEqual({
			from: '2024-02-01',
			to: '2024-02-01'
		});
	});

	it('keeps a period without a whole month in days', () => {
		expect(splitPeriod('2025-01-15', '2025-02-10')).toEqual({
			months: null,
			days: [{ from: '2025-01-15', to: '2025-02-10' }]
		});
		expect(splitPeriod('2025-03-02', '2025-03-31')).toEqual({
			months: null,
			days: [{ from: '2025-03-02', to: '2025-03-31' }]
		});
	});
});

/**
 * The overview read from the cubes (whole months from monthly rows, partial months from daily
 * rows) against the same question asked of the raw contract tables of a generated demo data set.
 */
describe('overview from the cubes equals DuckDB on the raw rows', () => {
	let demo: Awaited<ReturnType<typeof generateSmall>>;
	let db: NativeDb;
	let area: { regency: string; district: string; village: string };
	beforeAll(async () => {
		demo = await generateSmall(5, 100_000);
		db = await openNative(demo.result.out);
		const [r] = await db.query(`SELECT citizen_village_code AS v, count(*) AS n FROM requests
			GROUP BY ALL ORDER BY n DESC, v LIMIT 1`);
		const v = String(r!.v);
		area = { regency: v.slice(0, 5), district: v.slice(0, 8), village: v };
	}, 120_000);
	afterAll(() => {
		db?.close();
		demo?.close();
	});

	const periods = [
		['a year of whole months', '2025-01-01', '2025-12-31'],
		['365 days ending mid-month', '2024-11-21', '2025-11-20'],
		['one whole month', '2025-06-01', '2025-06-30'],
		['days inside one month', '2025-06-03', '2025-06-17'],
		['across two partial months', '2025-01-20', '2025-02-10'],
		['whole months from the 1st to mid-month', '2025-03-01', '2025-08-15']
	] as const;

	async function both(f: ResolvedFilters) {
		const cube = overviewQuery(f);
		const raw = rawOverviewQuery(f);
		const got = splitOverview(await db.query(cube.sql, cube.params));
		const want = splitOverview(await db.query(raw.sql, raw.params));
		return { got, want };
	}

	for (const [label, from, to] of periods) {
		it(`${label}: every region level and program`, async () => {
			const scopes: Omit<ResolvedFilters, 'from' | 'to'>[] = [
				{},
				{ program: 'kenduren_mas' },
				{ regency: area.regency },
				{ program: 'kenduren_mas', regency: area.regency, district: area.district },
				{ regency: area.regency, district: area.district, village: area.village }
			];
			for (const s of scopes) {
				const { got, want } = await both({ ...s, from, to });
				if (!s.regency) expect(want.current.requests).toBeGreaterThan(0);
				expect(got, `${label} ${JSON.stringify(s)}`).toEqual(want);
			}
		});
	}
});
