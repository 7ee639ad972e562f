import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db.ts';
import { openFixture } from '../../../tests/fixtures/query-fixture.ts';
import { aidMonthlyQuery, aidMonthsQuery, aidVillagesQuery } from './aid';

let db: NativeDb;
beforeAll(async () => {
	db = await openFixture();
	// Martopuro short of rice in Feb and Mar after January's shortfall too; Kepulungan on target in
	// March after a short February; Kepulungan gets rice only (no milk) — a single commodity.
	await db.exec(`INSERT INTO aid_distributions VALUES
 ('e1', 'kenduren_mas', 'beras', NULL, '2025-02-05', '35.14.01.2001', 'beras', 800, 'kg', 80, 160),
 ('e2', 'kenduren_mas', 'beras', NULL, '2025-03-05', '35.14.01.2001', 'beras', 1400, 'kg', 140, 160),
 ('e3', 'kenduren_mas', 'beras', NULL, '2025-02-06', '35.14.02.2001', 'beras', 400, 'kg', 40, 50),
 ('e4', 'kenduren_mas', 'beras', NULL, '2025-03-06', '35.14.02.2001', 'beras', 500, 'kg', 50, 50);`);
});
afterAll(() => db.close());
const run = (q: { sql: string; params: unknown[] }) => db.query(q.sql, q.params as never);
const f = { program: 'kenduren_mas', from: '2025-01-01', to: '2025-12-31' };

describe('aid page (figures worked out by hand)', () => {
	it('keeps rice and milk apart; a village with rice only has no milk row', async () => {
		const rows = await run(aidVillagesQuery(f, '2025-01'));
		expect(
			rows.map((r) => [r.village_code, r.commodity, r.quantity, r.recipients, r.target])
		).toEqual([
			['35.14.01.2001', 'beras', 1500, 150, 160],
			['35.14.02.2001', 'beras', 500, 50, 50],
			['35.14.01.2001', 'susu', 30, 30, 40]
		]);
		expect(rows[0]!.target_pct).toBeCloseTo(93.75, 9);
		expect(rows[0]!.per_household).toBe(10);
	});

	it('counts months below target in a row, ending with the month', async () => {
		const march = await run(aidVillagesQuery(f, '2025-03'));
		expect(march.map((r) => [r.village_code, r.months_below])).toEqual([
			['35.14.01.2001', 3],
			['35.14.02.2001', 0]
		]);
		const feb = await run(aidVillagesQuery(f, '2025-02'));
		expect(feb.map((r) => [r.village_code, r.months_below])).toEqual([
			['35.14.01.2001', 2],
			['35.14.02.2001', 1]
		]);
		expect((await run(aidMonthsQuery(f))).map((r) => r.month)).toEqual([
			'2025-03',
			'2025-02',
			'2025-01'
		]);
	});

	it('monthly totals against the target', async () => {
		const rows = await run(aidMonthlyQuery(f));
		const jan = rows.find((r) => r.month === '2025-01' && r.commodity === 'beras')!;
		expect(jan).toMatchObject({
			quantity: 2000,
			recipients: 200,
			target: 210,
			villages: 2,
			villages_below: 1
		});
		expect(jan.quantity_at_target).toBeCloseTo(2100, 9);
	});
});
