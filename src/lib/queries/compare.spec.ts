import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db.ts';
import { openFixture } from '../../../tests/fixtures/query-fixture.ts';
import {
	areaLevelOf,
	compareQuery,
	compareRankQuery,
	median,
	rankQuery,
	shapeCompare
} from './compare';

describe('compare figures on native DuckDB', () => {
	let db: NativeDb;
	beforeAll(async () => {
		db = await openFixture();
	});
	afterAll(() => db.close());
	const f = { program: 'kenduren_mas', from: '2025-01-01', to: '2025-01-31' };

	it('gives each chosen area (any level, any regency) its figures, per 1,000 residents', async () => {
		const q = compareQuery(f, ['35.14.01', '35.14.02', '35.14', '32.14.01.2001']);
		const rows = await db.query(q.sql, q.params);
		const total = (code: string) => rows.find((r) => r.code === code && r.month === null)!;
		// Purwosari: E1 held (100 visitors; E3 cancelled), r1 r2 r8 r5 (r6 is in February).
		expect(total('35.14.01')).toMatchObject({
			population: 2000,
			events_held: 1,
			visitors: 100,
			visitors_per_1000: 50,
			requests: 4,
			requests_per_1000: 2,
			resolved_on_site_pct: 25,
			forwarded_resolved_pct: 50,
			unanswered_pct: 0,
			attendance_rate: 50,
			proposals_per_1000: 1,
			rkpd_pct: 50
		});
		expect(total('35.14.02')).toMatchObject({
			visitors_per_1000: 50,
			requests: 2,
			forwarded_resolved_pct: 50,
			unanswered_pct: 50,
			proposals_per_1000: 2
		});
		// The regency adds its kecamatan up.
		expect(total('35.14')).toMatchObject({ population: 3000, events_held: 2, visitors: 150 });
		// Another program's village: nothing happened under this program, rates do not apply.
		expect(total('32.14.01.2001')).toMatchObject({
			population: 900,
			events_held: 0,
			visitors_per_1000: 0,
			forwarded_resolved_pct: null,
			attendance_rate: null
		});
		const months = rows.filter((r) => r.month !== null);
		expect(months.map((r) => `${r.code} ${r.month}`)).toEqual([
			'35.14 2025-01',
			'35.14.01 2025-01',
			'35.14.02 2025-01'
		]);
		expect(months.find((r) => r.code === '35.14.01')!.visitors).toBe(100);
	});

	it('ranks every area of a level inside the selected regency', async () => {
		const q = rankQuery({ ...f, regency: '35.14' }, 'district');
		const rows = await db.query(q.sql, q.params);
		expect(rows.map((r) => r.code)).toEqual(['35.14.01', '35.14.02']);
		expect(rows[1]).toMatchObject({ visitors_per_1000: 50, unanswered_pct: 50 });
		const villages = await db.query(rankQuery(f, 'village').sql, rankQuery(f, 'village').params);
		expect(villages.map((r) => r.code)).toContain('32.14.01.2001');
		expect(villages.find((r) => r.code === '35.14.01.2002')).toMatchObject({
			events_held: 0,
			requests: 1
		});
	});

	it("ranks inside the program's own regency when no regency is selected", async () => {
		const programs = [{ code: 'kenduren_mas', regency_code: '35.14' }];
		const q = compareRankQuery(f, 'district', programs);
		expect(q).toEqual(rankQuery({ ...f, regency: '35.14' }, 'district'));
		const rows = await db.query(q.sql, q.params);
		expect(rows.map((r) => r.code)).toEqual(['35.14.01', '35.14.02']);
		// A selected regency wins; a program unknown to `programs` ranks every regency's areas.
		expect(compareRankQuery({ ...f, regency: '32.14' }, 'district', programs)).toEqual(
			rankQuery({ ...f, regency: '32.14' }, 'district')
		);
		expect(compareRankQuery({ ...f, program: 'x' }, 'district', programs)).toEqual(
			rankQuery({ ...f, program: 'x', regency: undefined }, 'district')
		);
	});
});

describe('compare shaping', () => {
	it("tells an area code's level by its length", () => {
		expect(['35.14', '35.14.01', '35.14.01.2001'].map(areaLevelOf)).toEqual([
			'regency',
			'district',
			'village'
		]);
	});
	it('keeps the chosen order and takes the median of known values', () => {
		const rows = [
			{ code: 'b', month: null, visitors: 2 },
			{ code: 'a', month: null, visitors: 1 },
			{ code: 'a', month: '2025-01', visitors: 1 }
		];
		const s = shapeCompare(rows, ['a', 'b', 'c']);
		expect(s.map((x) => [x.code, x.months.length])).toEqual([
			['a', 1],
			['b', 0],
			['c', 0]
		]);
		expect(median([3, null, 1, 2])).toBe(2);
		expect(median([4, 1])).toBe(2.5);
		expect(median([null])).toBeNull();
	});
});
