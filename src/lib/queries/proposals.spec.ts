import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db.ts';
import { openFixture } from '../../../tests/fixtures/query-fixture.ts';
import { summaryTables } from './summaries';
import {
	defaultPlanYear,
	planYears,
	planYearsQuery,
	proposalFunnelQuery,
	villageProposalsQuery
} from './proposals';

let db: NativeDb;
beforeAll(async () => {
	db = await openFixture();
	// A kelurahan forum from December 2025 to January 2026 for the 2027 plan.
	await db.exec(`INSERT INTO proposals VALUES
 ('q1', 'kenduren_mas', 'musrenbang', NULL, '35.14.01.2002', '001', '001', 2027, 'sosial', 'Balai RW', 3e7, '2025-12-20', 'kecamatan', false, NULL, '2026-02-01'),
 ('q2', 'kenduren_mas', 'musrenbang', NULL, '35.14.01.2002', '002', '001', 2027, 'sosial', 'Drainase', NULL, '2026-01-10', 'implemented', true, 'A', '2026-09-01');
DROP TABLE proposal_counts;`);
	await db.exec(summaryTables.find((t) => t.name === 'proposal_counts')!.sql);
});
afterAll(() => db.close());
const run = (q: { sql: string; params: unknown[] }) => db.query(q.sql, q.params as never);
const f = { program: 'kenduren_mas', from: '2025-01-01', to: '2025-12-31' };

describe('proposal funnel (figures worked out by hand)', () => {
	it('counts by plan year: a forum spanning two calendar years is one plan', async () => {
		const [total] = await run(proposalFunnelQuery(f, 2027, 'village'));
		expect(total).toMatchObject({ key: null, reached_submitted: 2, reached_kecamatan: 2 });
		expect(total).toMatchObject({ reached_city_forum: 1, reached_implemented: 1, answered: 1 });
		expect(total!.cost_submitted).toBe(3e7);
		expect(total!.cost_kecamatan).toBe(3e7);
		expect(total!.cost_city_forum).toBe(0);
		// 2027's q2 is implemented, 2026's p4 funded: both have run to their end.
		expect(planYears(await run(planYearsQuery('kenduren_mas')))).toEqual([
			{ year: 2027, complete: true },
			{ year: 2026, complete: true }
		]);
	});

	it('attrition: rejected reaches only the first step; stages count as reached below them', async () => {
		const rows = await run(proposalFunnelQuery(f, 2026, 'village'));
		const [total, martopuro, kepulungan] = rows;
		// p1 rkpd, p2 rejected (Martopuro); p3 submitted, p4 funded (Kepulungan).
		expect(total).toMatchObject({
			reached_submitted: 4,
			reached_verified: 2,
			reached_rkpd: 2,
			reached_funded: 1,
			reached_implemented: 0,
			rejected: 1,
			answered: 3
		});
		expect(martopuro).toMatchObject({ key: '35.14.01.2001', name: 'Martopuro', population: 1200 });
		expect(martopuro!.per_1000).toBeCloseTo((1000 * 2) / 1200, 9);
		expect(kepulungan).toMatchObject({ reached_submitted: 2, reached_rkpd: 1, cost_rkpd: 2e8 });
	});

	it('by agency and category; the list of a kelurahan’s proposals', async () => {
		const byAgency = await run(proposalFunnelQuery(f, 2026, 'agency'));
		expect(byAgency.map((r) => [r.is_total, r.key, r.name, r.reached_submitted])).toEqual([
			[true, null, null, 4],
			[false, 'A', 'Agency A', 1],
			[false, 'B', 'Agency B', 1],
			[false, null, null, 2] // no agency assigned yet
		]);
		const byCategory = await run(proposalFunnelQuery(f, 2026, 'category'));
		expect(byCategory.map((r) => r.key)).toEqual([
			null,
			'ekonomi',
			'infrastruktur',
			'lingkungan',
			'sosial'
		]);
		const list = await run(villageProposalsQuery('kenduren_mas', '35.14.01.2002', 2027));
		expect(list.map((r) => [r.title, r.rw, r.rt, r.stage])).toEqual([
			['Balai RW', '001', '001', 'kecamatan'],
			['Drainase', '001', '002', 'implemented']
		]);
	});

	it('opens on the latest complete plan year, not one in progress; on the latest when none is complete', async () => {
		await db.exec(`UPDATE proposal_counts SET stage = 'kecamatan'
		  WHERE plan_year = 2027 AND stage IN ('funded', 'implemented')`);
		const years = planYears(await run(planYearsQuery('kenduren_mas')));
		expect(years).toEqual([
			{ year: 2027, complete: false },
			{ year: 2026, complete: true }
		]);
		expect(defaultPlanYear(years)).toBe(2026);
		expect(defaultPlanYear(years.map((y) => ({ ...y, complete: false })))).toBe(2027);
		expect(defaultPlanYear([])).toBeUndefined();
	});
});
