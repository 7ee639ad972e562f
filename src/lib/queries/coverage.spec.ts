import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db.ts';
import { openFixture } from '../../../tests/fixtures/query-fixture.ts';
import { coverageAreasQuery, coverageSummaryQuery, coverageWeeksQuery } from './coverage';

let db: NativeDb;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());
const run = (q: { sql: string; params: unknown[] }) => db.query(q.sql, q.params as never);
const jan = { program: 'kenduren_mas', regency: '35.14', from: '2025-01-01', to: '2025-01-31' };

describe('coverage (figures worked out by hand on the fixture)', () => {
	it('counts held service days per kecamatan, with the days since the last one', async () => {
		const rows = await run(coverageAreasQuery(jan, 'district'));
		// E1 (Martopuro, Fri 10 Jan) and E2 (Kepulungan, Mon 20 Jan); E3 was cancelled.
		expect(
			rows.map((r) => [r.code, r.events, r.villages, r.villages_total, r.last_visit, r.days_since])
		).toEqual([
			['35.14.01', 1, 1, 2, '2025-01-10', 21],
			['35.14.02', 1, 1, 1, '2025-01-20', 11]
		]);
	});

	it('lists villages never visited with no last visit, and other programs stay out', async () => {
		const rows = await run(coverageAreasQuery(jan, 'village'));
		expect(rows.map((r) => [r.code, r.events, r.days_since])).toEqual([
			['35.14.01.2001', 1, 21],
			['35.14.01.2002', 0, null],
			['35.14.02.2001', 1, 11]
		]);
	});

	it('a kecamatan not visited in the period keeps its last visit before it', async () => {
		const feb = { ...jan, from: '2025-02-01', to: '2025-02-28' };
		const rows = await run(coverageAreasQuery(feb, 'district'));
		expect(rows.map((r) => [r.code, r.events, r.last_visit, r.days_since])).toEqual([
			['35.14.01', 1, '2025-02-01', 27],
			['35.14.02', 0, '2025-01-20', 39]
		]);
	});

	it('puts service days in weeks (Monday) and summarises the rotation', async () => {
		const weeks = await run(coverageWeeksQuery(jan));
		expect(weeks.map((r) => [r.code, r.week, r.events])).toEqual([
			['35.14.01', '2025-01-06', 1],
			['35.14.02', '2025-01-20', 1]
		]);
		const [s] = await run(coverageSummaryQuery(jan));
		expect(s).toEqual({
			events: 2,
			days: 2,
			weeks: 2,
			weeks_total: 5,
			median_gap_weeks: 2,
			max_gap_weeks: 2,
			districts_visited: 2,
			districts_total: 2,
			villages_visited: 2,
			villages_total: 3
		});
	});

	it('inside a kecamatan the calendar shows its villages', async () => {
		const weeks = await run(coverageWeeksQuery({ ...jan, district: '35.14.01' }));
		expect(weeks.map((r) => [r.code, r.week])).toEqual([['35.14.01.2001', '2025-01-06']]);
	});
});
