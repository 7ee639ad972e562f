import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNative, type NativeDb } from '../../../scripts/lib/native-db.ts';
import { overviewQuery, splitOverview } from './overview';
import { summaryTables, workingDaysSql } from './summaries';
import { forwardedSql, requestsSql } from './request-counts';
import { forwardedStatuses, requestStatuses } from '$lib/schema/requests';
import { literalList } from '$lib/sql';
import { openFixture } from '../../../tests/fixtures/query-fixture.ts';

describe('working days', () => {
	let db: NativeDb;
	beforeAll(async () => {
		db = await openNative();
	});
	afterAll(() => db.close());

	const wd = async (start: string, days: number) =>
		(await db.query(`SELECT ${workingDaysSql(`DATE '${start}'`, String(days))} AS w`))[0]!.w;

	it('skips weekends', async () => {
		expect(await wd('2025-01-10', 3)).toBe(1); // Fri -> Mon: only Monday counts
		expect(await wd('2025-01-10', 1)).toBe(0); // Fri -> Sat
		expect(await wd('2025-01-11', 2)).toBe(1); // Sat -> Mon
		expect(await wd('2025-01-13', 7)).toBe(5); // Mon -> next Mon
		expect(await wd('2025-01-13', 0)).toBe(0); // same day
		expect(await wd('2025-01-16', 12)).toBe(8); // Thu -> Tue, two weekends
	});

	it('equals counting the weekdays one by one, from every weekday, over 0 to 60 days', async () => {
		const [r] = await db.query(`WITH c AS (
  SELECT DATE '2025-01-13' + INTERVAL (s) DAY AS start, d AS days FROM range(7) a(s), range(61) b(d)
)
SELECT count(*) AS n,
  count(*) FILTER (WHERE ${workingDaysSql('CAST(start AS DATE)', 'days')}
    <> len(list_filter(range(1, days + 1), j -> isodow(CAST(start AS DATE) + j::INTEGER) < 6))) AS wrong
FROM c`);
		expect(r).toEqual({ n: 427, wrong: 0 });
	});
});

describe('summary tables', () => {
	let db: NativeDb;
	beforeAll(async () => {
		db = await openFixture();
		// 41 more resolved requests with scattered durations, in two months and two kecamatan.
		for (const t of [...summaryTables].reverse()) await db.exec(`DROP TABLE ${t.name}`);
		await db.exec(`INSERT INTO requests SELECT 'x' || i, 'kenduren_mas', NULL, 'hotline', 'complaint', 'A', NULL,
  CASE WHEN i % 3 = 0 THEN '35.14.02.2001' ELSE '35.14.01.2001' END,
  TIMESTAMP '2025-01-02 08:00' + INTERVAL (i % 50) DAY, 'resolved',
  TIMESTAMP '2025-01-02 08:00' + INTERVAL (i % 50) DAY + INTERVAL ((i * 7919) % 23) DAY, NULL, NULL
FROM range(41) t(i);`);
		// Requests of every status, in another program (the median below is kenduren_mas's).
		await db.exec(`INSERT INTO requests SELECT 's' || i, 'gempungan', NULL, 'whatsapp', 'service', 'B', NULL,
  '32.14.01.2001', TIMESTAMP '2025-01-05 08:00' + INTERVAL (i % 3) DAY,
  s, CASE WHEN s LIKE 'resolved%' THEN TIMESTAMP '2025-01-09 08:00' END, NULL, NULL
FROM range(20) t(i), LATERAL (SELECT [${literalList(requestStatuses)}][1 + i % ${requestStatuses.length}] AS s);`);
		for (const t of summaryTables) await db.exec(t.sql);
	});
	afterAll(() => db.close());

	it('keep every request: the daily counts add up to the raw table', async () => {
		const [row] = await db.query(
			`SELECT (SELECT sum(${requestsSql()}) FROM requests_daily) AS daily, (SELECT count(*) FROM requests) AS raw,
			(SELECT sum(n) FROM resolution_days) AS hist, (SELECT count(*) FROM requests WHERE status = 'resolved') AS resolved`
		);
		expect(row!.daily).toBe(row!.raw);
		expect(row!.hist).toBe(row!.resolved);
	});

	it('store no totals: requests and forwarded are sums of the outcome counts, as on the raw rows', async () => {
		const forwarded = `count(*) FILTER (WHERE status IN (${literalList(forwardedStatuses)}))`;
		const tables = [
			['requests_daily', 'village_code', 13, 'kind, channel,', requestsSql(), forwardedSql()],
			[
				'requests_daily_district',
				'district_code',
				8,
				'kind, channel,',
				requestsSql(),
				forwardedSql()
			],
			['daily_facts', 'village_code', 13, '', 'req_n', 'req_forwarded']
		] as const;
		for (const [t, area, len, dims, n, fwd] of tables) {
			const cols = await db.query(
				`SELECT column_name FROM duckdb_columns() WHERE table_name = '${t}'`
			);
			expect(cols.length, t).toBeGreaterThan(0);
			expect(cols.map((c) => c.column_name)).not.toContain('n');
			expect(cols.map((c) => c.column_name)).not.toContain('n_forwarded');
			const [r] = await db.query(`WITH s AS (
  SELECT program, day, ${area} AS area, ${dims} sum(${n}) AS n, sum(${fwd}) AS fwd FROM ${t} GROUP BY ALL HAVING sum(${n}) > 0
), raw AS (
  SELECT program, CAST(received_at AS DATE) AS day, substr(citizen_village_code, 1, ${len}) AS area, ${dims}
    count(*) AS n, ${forwarded} AS fwd
  FROM requests GROUP BY ALL
)
SELECT count(*) FILTER (WHERE s.n IS DISTINCT FROM raw.n OR s.fwd IS DISTINCT FROM raw.fwd) AS wrong,
  count(*) FILTER (WHERE raw.fwd > 0) AS forwarded, count(*) FILTER (WHERE raw.n > raw.fwd) AS other
FROM raw FULL JOIN s USING (program, day, area${dims ? ', kind, channel' : ''})`);
			expect(r!.wrong, t).toBe(0);
			// Groups with and without forwarded requests: both sums are put to the test.
			expect(r!.forwarded, t).toBeGreaterThan(0);
			expect(r!.other, t).toBeGreaterThan(0);
		}
	});

	it('give the same median as DuckDB on the raw rows, in total, per month and per kecamatan', async () => {
		const q = overviewQuery({ from: '2025-01-01', to: '2025-02-28', program: 'kenduren_mas' });
		const data = splitOverview(await db.query(q.sql, q.params));
		const raw =
			await db.query(`SELECT coalesce(strftime(date_trunc('month', received_at), '%Y-%m'), substr(citizen_village_code, 1, 8), 'total') AS g,
			median(date_diff('day', received_at::DATE, resolved_at::DATE)) AS m
			FROM requests WHERE status = 'resolved' AND program = 'kenduren_mas' AND received_at >= '2025-01-01' AND received_at < '2025-03-01'
			GROUP BY GROUPING SETS ((), (date_trunc('month', received_at)), (substr(citizen_village_code, 1, 8)))`);
		const want = Object.fromEntries(raw.map((r) => [r.g, r.m]));
		expect(data.current.median_days_to_resolve).toBe(want.total);
		for (const r of [...data.months, ...data.areas])
			expect(r.median_days_to_resolve, String(r.key)).toBe(want[String(r.key)]);
		expect(data.months.length).toBe(2);
	});
});
