import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db.ts';
import { openAgencyFixture } from '../../../tests/fixtures/agency-fixture.ts';
import {
	agencyBacklogQuery,
	agencyServicesQuery,
	agencyTrendQuery,
	agencyVillagesQuery
} from './agency-detail';
import { buildMatrix, matrixQuery, statusesByAgency } from './attendance-matrix';
import {
	proposalsParticipationQuery,
	villagesInScopeQuery,
	villagesNotReachedQuery
} from './report';
import type { Sql } from '$lib/sql';

let db: NativeDb;
beforeAll(async () => {
	db = await openAgencyFixture();
});
afterAll(() => db.close());

const jan = { from: '2025-01-01', to: '2025-01-31', program: 'kenduren_mas' };
const run = (q: Sql) => db.query(q.sql, q.params);

describe('agency page queries (figures worked out by hand)', () => {
	it('gives the monthly trend of one agency', async () => {
		const rows = await run(agencyTrendQuery(jan, 'B'));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ month: '2025-01', requests: 2, forwarded_resolved_pct: 50 });
		expect(rows[0]!.attendance_rate).toBeCloseTo(100 / 3, 9);
	});

	it('breaks requests down by service, with kinds for requests without one', async () => {
		const rows = await run(agencyServicesQuery(jan, 'A'));
		expect(rows.map((r) => [r.service_code, r.service_name, r.requests, r.unanswered])).toEqual([
			['', null, 3, 0],
			['S1', 'Layanan S1', 1, 0]
		]);
		expect(rows[0]!.resolved_on_site_pct).toBeCloseTo(100 / 3, 9);
	});

	it('ranks the villages an agency serves', async () => {
		const rows = await run(agencyVillagesQuery(jan, 'C'));
		expect(rows.map((r) => [r.village, r.district, r.requests, r.unanswered])).toEqual([
			['Sukodermo', 'Purwosari', 3, 1]
		]);
	});

	it('ages the open backlog up to the last day of data (counts only)', async () => {
		const rows = await run(agencyBacklogQuery(jan, 'C', '2025-01-31'));
		expect(rows.map((r) => [r.bucket, r.n])).toEqual([
			['0-7', 1], // r5, received on the 31st
			['8-30', 1], // r9, 28 days
			['31-90', 0],
			['91-180', 0],
			['181+', 0]
		]);
		const none = await run(agencyBacklogQuery(jan, 'E', '2025-01-31'));
		expect(none.every((r) => r.n === 0)).toBe(true);
	});
});

describe('attendance matrix', () => {
	it('lists held events in date order, including one without attendance rows', async () => {
		const m = buildMatrix(await run(matrixQuery(jan)));
		expect(m.events.map((e) => e.id)).toEqual(['E1', 'E2', 'E4', 'E5']);
		expect(m.events[2]).toMatchObject({ venue: 'Balai <b>Desa</b>', village: 'Sukodermo' });
		expect(m.agencies.map((a) => a.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
		expect(m.status.get('D|E1')).toBe('excused');
		expect(m.status.has('A|E4')).toBe(false);
		const by = statusesByAgency(m);
		expect(by.get('B')).toEqual(['late', 'absent', 'absent']);
		expect(by.get('C')).toEqual(['absent', 'absent']);
	});
});

describe('report queries', () => {
	it('finds villages with no held event and no request', async () => {
		const rows = await run(villagesNotReachedQuery({ ...jan, regency: '35.14' }));
		// With its population (the people a "villages not reached" finding touches).
		expect(rows).toEqual([
			{ code: '35.14.02.2002', village: 'Sumbersuko', district: 'Gempol', population: 500 }
		]);
		// Without a region the program's regency is the scope.
		expect(await run(villagesNotReachedQuery(jan))).toHaveLength(1);
		expect(await run(villagesInScopeQuery(jan))).toEqual([{ villages: 4 }]);
	});

	it('measures participation in proposals', async () => {
		const [row] = await run(proposalsParticipationQuery(jan));
		expect(row).toEqual({ proposals: 4, urun_rembug: 4, answered: 3, rkpd: 2, events_held: 4 });
	});
});
