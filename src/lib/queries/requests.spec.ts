import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNative, type NativeDb } from '../../../scripts/lib/native-db.ts';
import { openAgencyFixture } from '../../../tests/fixtures/agency-fixture.ts';
import { histogramStatsSql } from './histogram';
import { backlogByAgencyQuery, requestBreakdownQuery } from './requests';

const run = (db: NativeDb, q: { sql: string; params: unknown[] }) =>
	db.query(q.sql, q.params as never);

describe('histogramStatsSql', () => {
	it('gives DuckDB’s median and quantile_disc(0.9) for every count from 1 to 40', async () => {
		const db = await openNative();
		await db.exec(`CREATE TABLE raw AS SELECT g, (i * 7919 + g * 13) % 29 AS days
			FROM range(1, 41) t(g), range(0, 40) s(i) WHERE i < g`);
		await db.exec(`CREATE TABLE hist AS SELECT g, days, count(*) AS n FROM raw GROUP BY ALL`);
		const got = await db.query(`${histogramStatsSql('hist', ['g'])} ORDER BY g`);
		const want = await db.query(
			`SELECT g, median(days) AS median_days, quantile_disc(days, 0.9) AS p90_days FROM raw GROUP BY g ORDER BY g`
		);
		expect(got).toEqual(want);
		db.close();
	});
});

describe('requests page on hand-made rows', () => {
	let db: NativeDb;
	beforeAll(async () => {
		db = await openAgencyFixture();
	});
	afterAll(() => db.close());
	const jan = { from: '2025-01-01', to: '2025-01-31', program: 'kenduren_mas' };

	it('lists only agencies with requests; an agency with none (E) has no row and no rate', async () => {
		const rows = await run(db, requestBreakdownQuery(jan, 'agency'));
		expect(rows.map((r) => r.key)).toEqual([null, 'A', 'B', 'C']);
		const c = rows.find((r) => r.key === 'C')!;
		// C: r5 forwarded, r9 in progress, r10 unanswered; nothing resolved, so no median.
		expect(c).toMatchObject({ n: 3, n_forwarded: 3, n_open: 2, n_unanswered: 1, res_n: 0 });
		expect(c.median_days).toBeNull();
		expect(c.forwarded_resolved_pct).toBe(0);
		expect(c.unanswered_pct).toBeCloseTo(100 / 3, 9);
	});

	it('filters by kind and channel (questions only: B and C)', async () => {
		const rows = await run(db, requestBreakdownQuery({ ...jan, kind: 'question' }, 'agency'));
		expect(rows.map((r) => [r.key, r.n, r.n_unanswered])).toEqual([
			[null, 3, 2],
			['B', 2, 1],
			['C', 1, 1]
		]);
		const hot = await run(db, requestBreakdownQuery({ ...jan, channel: 'hotline' }, 'agency'));
		expect(hot.map((r) => [r.key, r.n])).toEqual([
			[null, 3],
			['C', 3]
		]);
	});

	it('by service counts service requests with a code only', async () => {
		const rows = await run(db, requestBreakdownQuery(jan, 'service'));
		expect(rows.map((r) => [r.key, r.name, r.n, r.res_n, r.median_days])).toEqual([
			[null, null, 1, 1, 8],
			['S1', 'Layanan S1', 1, 1, 8]
		]);
	});

	it('narrows to the agency chosen by click: its services, its backlog; by agency every agency stays', async () => {
		const agencies = await db.query(`SELECT DISTINCT agency_code FROM requests ORDER BY 1`);
		expect(agencies.length).toBeGreaterThan(1);
		for (const { agency_code: agency } of agencies) {
			const f = { ...jan, agency: String(agency) };
			const got = await run(db, requestBreakdownQuery(f, 'service'));
			const want = await db.query(
				`SELECT service_code AS key, count(*) AS n FROM requests
				 WHERE agency_code = ? AND service_code IS NOT NULL AND program = 'kenduren_mas'
				   AND received_at >= '2025-01-01' AND received_at < '2025-02-01'
				 GROUP BY GROUPING SETS ((service_code), ()) ORDER BY 1 NULLS FIRST`,
				[String(agency)]
			);
			// No service request at all: the total row says none (n NULL), as DuckDB's count says 0.
			expect(got.map((r) => [r.key, Number(r.n ?? 0)])).toEqual(
				want.map((r) => [r.key, Number(r.n)])
			);
			expect(await run(db, requestBreakdownQuery(f, 'agency'))).toEqual(
				await run(db, requestBreakdownQuery(jan, 'agency'))
			);
			const all = await run(db, backlogByAgencyQuery(jan, '2025-01-31'));
			const mine = all.filter((r) => r.agency_code === agency);
			expect(await run(db, backlogByAgencyQuery(f, '2025-01-31'))).toEqual([
				...mine.map((r) => ({ ...r, agency_code: null, name: null })),
				...mine
			]);
		}
	});

	it('ages the open backlog to the last day of data', async () => {
		const rows = await run(db, backlogByAgencyQuery(jan, '2025-01-31'));
		// r9 received 3 Jan (28 days old) and r5 on 31 Jan (0 days), both C.
		expect(rows.map((r) => [r.agency_code, r.bucket, r.n])).toEqual([
			[null, '0-7', 1],
			[null, '8-30', 1],
			['C', '0-7', 1],
			['C', '8-30', 1]
		]);
	});
});
