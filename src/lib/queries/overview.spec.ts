import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db.ts';
import { metrics, type KpiMetric } from './metrics';
import { overviewQuery, splitOverview } from './overview';
import { workingDaysSql } from './summaries';
import { openFixture } from '../../../tests/fixtures/query-fixture.ts';
import { stackByName } from '../db/lane';

let db: NativeDb;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

const jan = { from: '2025-01-01', to: '2025-01-31', program: 'kenduren_mas' };

async function run(f: Parameters<typeof overviewQuery>[0]) {
	const q = overviewQuery(f);
	return splitOverview(await db.query(q.sql, q.params));
}

describe('overviewQuery', () => {
	it('its parts, run apart and stacked by name, give the rows of the whole statement', async () => {
		for (const f of [jan, { ...jan, regency: '35.14' }, { from: '2024-12-01', to: '2025-02-28' }]) {
			const q = overviewQuery(f);
			expect(q.parts!.length).toBeGreaterThan(1);
			const whole = await db.query(q.sql, q.params);
			const parts = await Promise.all(q.parts!.map((p) => db.query(p.sql, p.params)));
			// A histogram's text lists its values in no set order (string_agg): compared as a set.
			const sorted = (v: unknown) =>
				typeof v === 'string' && v.includes(':') ? v.split(',').sort().join(',') : v;
			const byKey = (rows: typeof whole) =>
				rows
					.map((r) =>
						JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, sorted(v)])))
					)
					.sort();
			expect(byKey(stackByName(parts))).toEqual(byKey(whole));
			expect(splitOverview(stackByName(parts))).toEqual(splitOverview(whole));
		}
	});

	it('computes every KPI of the current period (figures worked out by hand)', async () => {
		const rows = await run(jan);
		const cur = rows.current;
		expect(cur).toMatchObject({
			events_held: 2, // E1, E2 (E3 cancelled, E0/E9 outside)
			visitors: 150,
			requests: 6, // r1 r2 r3 r4 r5 (23:30 on the last day) r8
			attendance_rate: 50, // E1: 2 of 4 (excused is not attending), E2: 1 of 2
			rice_t: 2,
			milk_packages: 30,
			proposals: 4,
			rkpd_pct: 50 // p1 rkpd, p4 funded
		});
		expect(cur!.resolved_on_site_pct).toBeCloseTo(100 / 6, 9);
		expect(cur!.forwarded_resolved_pct).toBe(50); // r2 r3 resolved of r2 r3 r4 r5
		expect(cur!.median_days_to_resolve).toBeCloseTo(2, 9); // median(3 days, 1 day)
		expect(cur!.unanswered_pct).toBeCloseTo(100 / 6, 9);
	});

	it('computes the previous period of equal length', async () => {
		const prev = (await run(jan)).previous;
		expect(prev).toMatchObject({
			events_held: 1,
			visitors: 40,
			requests: 1,
			resolved_on_site_pct: 100,
			attendance_rate: 100,
			proposals: 0
		});
	});

	it('groups the current period by month and by kecamatan', async () => {
		const rows = await run(jan);
		const months = rows.months;
		expect(months.map((r) => [r.key, r.events_held, r.requests])).toEqual([['2025-01', 2, 6]]);
		const areas = rows.areas;
		expect(areas.map((r) => [r.key, r.events_held, r.requests, r.rice_t])).toEqual([
			['35.14.01', 1, 4, 1.5],
			['35.14.02', 1, 2, 0.5]
		]);
	});

	it('filters by kecamatan and then groups by village', async () => {
		const rows = await run({ ...jan, regency: '35.14', district: '35.14.01' });
		const cur = rows.current;
		expect(cur).toMatchObject({ events_held: 1, visitors: 100, requests: 4, attendance_rate: 50 });
		const areas = rows.areas.map((r) => [r.key, r.requests]);
		expect(areas).toEqual([
			['35.14.01.2001', 3],
			['35.14.01.2002', 1]
		]);
	});

	it('without a program filter counts every program', async () => {
		const cur = (await run({ from: '2025-01-01', to: '2025-01-31' })).current;
		expect(cur).toMatchObject({ events_held: 3, requests: 7, rice_t: 11 });
	});

	it('builds every histogram metric of a family, not only the first', async () => {
		// A second median KPI over the same histogram family must get its own figures. Working
		// days are computed from the village-level histogram, read when a kecamatan is selected.
		const workingDays = workingDaysSql('h.day', 'h.days');
		const extra: KpiMetric = {
			id: 'median_working_days',
			scope: 'kpi',
			family: 'resolution',
			calc: { kind: 'median_from_histogram', value: workingDays },
			unit: 'days',
			digits: 1,
			better: 'down'
		};
		const list = [...metrics, extra];
		const f = { ...jan, program: undefined, regency: '35.14', district: '35.14.01' };
		const q = overviewQuery(f, list);
		const data = splitOverview(await db.query(q.sql, q.params), list);
		// DuckDB's own median over the histogram expanded to one row per request.
		const median = async (value: string, where = '') => {
			const [r] = await db.query(
				`SELECT median(${value}) AS m FROM resolution_days h, range(h.n)
				 WHERE h.village_code LIKE '35.14.01%' AND h.day BETWEEN ? AND ? ${where}`,
				[f.from, f.to]
			);
			return r!.m;
		};
		const working = await median(workingDays);
		expect(working).not.toBeNull();
		expect(data.current.median_working_days).toBe(working);
		expect(data.current.median_days_to_resolve).toBe(await median('days'));
		expect(data.months[0]!.median_working_days).toBe(working);
		for (const a of data.areas)
			expect(a.median_working_days).toBe(
				await median(workingDays, `AND h.village_code = '${String(a.key)}'`)
			);
		expect(data.areas.some((a) => a.median_working_days !== null)).toBe(true);
	});
});
