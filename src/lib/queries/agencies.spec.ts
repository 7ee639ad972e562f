import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db.ts';
import { openAgencyFixture } from '../../../tests/fixtures/agency-fixture.ts';
import { agencyMetrics } from './agency-metrics';
import { agencyTableQuery, medianAcross, shapeAgencies } from './agencies';

let db: NativeDb;
beforeAll(async () => {
	db = await openAgencyFixture();
});
afterAll(() => db.close());

const jan = { from: '2025-01-01', to: '2025-01-31', program: 'kenduren_mas' };

async function table(f = jan, asOf = '2025-01-31') {
	const q = agencyTableQuery(f, asOf);
	return shapeAgencies(await db.query(q.sql, q.params));
}

describe('agencyTableQuery (figures worked out by hand)', () => {
	it('lists every agency with attendance or requests in the period', async () => {
		const rows = await table();
		expect(rows.map((r) => r.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
		expect(rows[0]).toMatchObject({ name: 'Agency A', short_name: 'A' });
	});

	it('counts attendance at held events; excused is not attending; cancelled events drop out', async () => {
		const rows = await table();
		const att = Object.fromEntries(
			rows.map((r) => [
				r.code,
				[r.cur.events_scheduled, r.cur.events_attended, r.cur.absences, r.cur.longest_absence_run]
			])
		);
		// E3 (cancelled, A absent) is not counted; E4 (held, no attendance rows) counts for nobody.
		expect(att).toEqual({
			A: [2, 2, 0, 0],
			B: [3, 1, 2, 2], // late E1, absent E2 and E5 in a row
			C: [2, 0, 2, 2],
			D: [1, 0, 0, 0], // excused
			E: [1, 1, 0, 0]
		});
		expect(rows[1]!.cur.attendance_rate).toBeCloseTo(100 / 3, 9);
		expect(rows[3]!.cur.attendance_rate).toBe(0);
	});

	it('computes request figures, resolution across a weekend and the 5-working-day share', async () => {
		const [a, b, c] = await table();
		// A: r1 on site, r2 Fri→Mon (3 days, 1 working day), r8 rejected, r11 Mon→Tue+1w (8 days, 6 wd)
		expect(a!.cur).toMatchObject({
			requests: 4,
			resolved_on_site_pct: 25,
			forwarded_pct: 50,
			forwarded_resolved_pct: 100,
			median_days_to_resolve: 5.5,
			resolved_within_5wd_pct: 50,
			unanswered: 0,
			unanswered_pct: 0,
			overdue: 0
		});
		expect(a!.cur.satisfaction_mean).toBeCloseTo(10 / 3, 9);
		expect(b!.cur).toMatchObject({
			requests: 2,
			forwarded_resolved_pct: 50,
			median_days_to_resolve: 1,
			resolved_within_5wd_pct: 50,
			unanswered: 1,
			unanswered_pct: 50,
			satisfaction_mean: 3
		});
		// C: all unresolved; r9 (3 Jan) open for 20 working days by 31 Jan, r5 (31 Jan) not yet overdue.
		expect(c!.cur).toMatchObject({
			requests: 3,
			forwarded_pct: 100,
			forwarded_resolved_pct: 0,
			median_days_to_resolve: null,
			resolved_within_5wd_pct: 0,
			unanswered: 1,
			overdue: 1,
			satisfaction_mean: null
		});
	});

	it('gives an agency with no requests zero counts and no percentages', async () => {
		const e = (await table()).find((r) => r.code === 'E')!;
		expect(e.cur).toMatchObject({
			requests: 0,
			unanswered: 0,
			resolved_on_site_pct: null,
			forwarded_resolved_pct: null,
			resolved_within_5wd_pct: null,
			median_days_to_resolve: null
		});
	});

	it('pairs each agency with the previous period of equal length', async () => {
		const [a, b, c] = await table();
		expect(a!.prev).toMatchObject({ events_scheduled: 1, attendance_rate: 100, requests: 1 });
		expect(b!.prev).toMatchObject({ events_scheduled: 1, requests: 0 });
		expect(c!.prev).toBeNull();
	});

	it('filters by region: attendance by event village, requests by citizen village', async () => {
		const rows = await table({ ...jan, regency: '35.14', district: '35.14.02' } as typeof jan);
		expect(rows.map((r) => [r.code, r.cur.events_scheduled, r.cur.requests])).toEqual([
			['A', 1, 0],
			['B', 1, 2]
		]);
	});

	it('defines every metric once', () => {
		expect(new Set(agencyMetrics.map((m) => m.id)).size).toBe(agencyMetrics.length);
	});

	it('takes the median agency, skipping missing values', async () => {
		const rows = await table();
		expect(medianAcross(rows, 'events_scheduled')).toBe(2);
		expect(medianAcross(rows, 'forwarded_resolved_pct')).toBe(50); // A 100, B 50, C 0
		expect(medianAcross(rows, 'median_days_to_resolve')).toBe(3.25); // 5.5 and 1
		expect(medianAcross([], 'requests')).toBeNull();
	});
});
