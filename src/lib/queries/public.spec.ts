import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db';
import { publicAreasQuery, publicEventsQuery } from './public-areas';
import {
	publicAidQuery,
	publicProposalListQuery,
	publicProposalStagesQuery,
	publicRequestsQuery
} from './public-figures';
import type { Sql } from '$lib/sql';
import { openFixture } from '../../../tests/fixtures/query-fixture';

let db: NativeDb;
beforeAll(async () => {
	db = await openFixture();
});
afterAll(() => db.close());

const run = (q: Sql) => db.query(q.sql, q.params);

describe('public page queries (hand-checked on the fixture)', () => {
	it('totals every level of area in one pass, with last and next visit', async () => {
		const rows = await run(publicAreasQuery('2025-01-31'));
		const v = rows.find((r) => r.code === '35.14.01.2001')!;
		expect(v).toMatchObject({
			level: 'village',
			district_name: 'Purwosari',
			regency_name: 'Kabupaten Pasuruan',
			events_held: 3,
			visitors: 1139,
			requests: 4,
			rice_kg: 1500,
			milk_packages: 30,
			proposals: 2,
			proposals_rkpd: 1,
			last_visit: '2025-02-01',
			next_visit: '2025-02-01',
			programs: 'kenduren_mas'
		});
		const regency = rows.find((r) => r.code === '35.14')!;
		expect(regency).toMatchObject({ events_held: 4, visitors: 1189, requests: 8, proposals: 4 });
		expect(rows.find((r) => r.code === '35.14.02')).toMatchObject({
			requests: 2,
			next_visit: null
		});
	});

	it('lists service days with agencies present out of scheduled', async () => {
		const rows = await run(publicEventsQuery());
		expect(rows.find((r) => r.date === '2025-01-10' && r.program === 'kenduren_mas')).toMatchObject(
			{
				venue: 'Balai Desa',
				visitors: 100,
				agencies_scheduled: 4,
				agencies_present: 2
			}
		);
		expect(rows.find((r) => r.status === 'cancelled')).toMatchObject({
			agencies_scheduled: 1,
			agencies_present: 0
		});
	});

	it('counts requests by service and outcome per area with exact medians', async () => {
		const rows = await run(publicRequestsQuery());
		const of = (area: string, service: string | null) =>
			rows.filter((r) => r.area === area && r.service === service);
		const village = Object.fromEntries(
			of('35.14.01.2001', 'kind:service').map((r) => [r.outcome, r.n])
		);
		expect(village).toEqual({ on_site: 2, resolved: 1, rejected: 1 });
		expect(of('35.14.01.2001', 'kind:service')[0]).toMatchObject({ median_days: 3, days_n: 1 });
		expect(of('35.14.01', 'kind:complaint')).toMatchObject([{ outcome: 'open', n: 2 }]);
		// Over the regency: resolved after 3 days (r2) and 1 day (r3): median 2.
		expect(of('35.14', null)).toMatchObject([{ median_days: 2, days_n: 2 }]);
	});

	it('sums aid per area and month', async () => {
		const rows = await run(publicAidQuery());
		expect(rows.find((r) => r.area === '35.14.01.2001')).toMatchObject({
			month: '2025-01',
			rice_kg: 1500,
			rice_recipients: 150,
			rice_target: 160,
			milk_packages: 30,
			milk_recipients: 30,
			milk_target: 40
		});
		expect(rows.find((r) => r.area === '35.14')).toMatchObject({
			rice_kg: 2000,
			rice_recipients: 200
		});
	});

	it('groups proposals by stage and RW and lists the most recent RT/RW ones', async () => {
		const stages = await run(publicProposalStagesQuery());
		expect(stages.filter((r) => r.area === '35.14.02.2001')).toMatchObject([
			{ stage: 'funded', category: 'ekonomi', community: true, n: 1, cost: 2e8 },
			{ stage: 'submitted', category: 'lingkungan', community: true, n: 1, cost: 5e7 }
		]);
		// p1 and p2 have no RT or RW: from individual residents, never listed.
		expect(stages.filter((r) => r.area === '35.14.01.2001')).toMatchObject([
			{ stage: 'rejected', community: false, n: 1 },
			{ stage: 'rkpd', community: false, n: 1 }
		]);
		const list = (await run(publicProposalListQuery(1))).filter((r) => r.area === '35.14.02.2001');
		expect(list.filter((r) => r.title === null)).toMatchObject([
			{ rw: '001', n: 1, n_rkpd: 1 },
			{ rw: '002', n: 1, n_rkpd: 0 }
		]);
		expect(list.filter((r) => r.title !== null)).toMatchObject([
			{ title: 'Pasar', rt: '003', stage: 'funded' }
		]);
		expect(
			(await run(publicProposalListQuery(5))).filter((r) => r.area === '35.14.01.2001')
		).toEqual([]);
	});
});
