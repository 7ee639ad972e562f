import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNative, type NativeDb } from '../../../scripts/lib/native-db.ts';
import { generateSmall } from '../../../scripts/demo/test-db.ts';
import { backlogBuckets } from './agency-metrics';
import { backlogByAgencyQuery, requestBreakdownQuery } from './requests';
import { funnelStages, proposalFunnelQuery } from './proposals';
import { aidMonthlyQuery, aidVillagesQuery } from './aid';
import { coverageAreasQuery, coverageSummaryQuery, coverageWeeksQuery } from './coverage';

/**
 * The program views (requests, proposals, aid, coverage) checked against native DuckDB on the
 * raw contract tables of a small generated demo data set (one data set for every check).
 */
let demo: Awaited<ReturnType<typeof generateSmall>>;
let db: NativeDb;
beforeAll(async () => {
	demo = await generateSmall(3, 100_000);
	db = await openNative(demo.result.out);
}, 120_000);
afterAll(() => {
	db?.close();
	demo?.close();
});
const run = (q: { sql: string; params: unknown[] }) => db.query(q.sql, q.params as never);

describe('requests page on the demo data, against DuckDB on the raw requests', () => {
	const f = {
		program: 'kenduren_mas',
		regency: '35.14',
		from: '2025-01-01',
		to: '2025-12-31',
		kind: 'question'
	};
	const scope = `program = 'kenduren_mas' AND kind = 'question'
		AND received_at >= TIMESTAMP '2025-01-01' AND received_at < TIMESTAMP '2026-01-01'`;

	it('lifecycle, days to resolve and the 5-working-day share per agency', async () => {
		const got = await run(requestBreakdownQuery(f, 'agency'));
		const want = await db.query(`WITH q AS (
  SELECT *, date_diff('day', received_at::DATE, resolved_at::DATE) AS days FROM requests WHERE ${scope}
)
SELECT agency_code AS key, count(*) AS n,
  count(*) FILTER (WHERE status = 'resolved_on_site') AS n_on_site,
  count(*) FILTER (WHERE status IN ('forwarded', 'in_progress', 'resolved', 'unanswered')) AS n_forwarded,
  count(*) FILTER (WHERE status = 'resolved') AS n_resolved,
  count(*) FILTER (WHERE status IN ('forwarded', 'in_progress')) AS n_open,
  count(*) FILTER (WHERE status = 'unanswered') AS n_unanswered,
  count(*) FILTER (WHERE status = 'rejected') AS n_rejected,
  median(days) FILTER (WHERE status = 'resolved') AS median_days,
  quantile_disc(days, 0.9) FILTER (WHERE status = 'resolved') AS p90_days,
  count(*) FILTER (WHERE status = 'resolved' AND
    (SELECT count(*) FROM range(1, days + 1) t(j) WHERE isodow(received_at::DATE + j::INTEGER) <= 5) <= 5) AS res_within
FROM q GROUP BY GROUPING SETS ((agency_code), ()) ORDER BY key NULLS FIRST`);
		expect(want.length).toBeGreaterThan(5);
		const pick = (r: Record<string, unknown>) => ({
			...Object.fromEntries(Object.keys(want[0]!).map((k) => [k, r[k]]))
		});
		expect(got.map(pick)).toEqual(want);
		for (const r of got) {
			expect(r.unanswered_pct).toBeCloseTo((100 * Number(r.n_unanswered)) / Number(r.n), 9);
			expect(r.resolved_within_5wd_pct).toBeCloseTo(
				(100 * Number(r.res_within)) / Number(r.n_forwarded),
				9
			);
		}
	});

	it('open backlog by age', async () => {
		const asOf = '2025-12-31';
		const got = await run(backlogByAgencyQuery(f, asOf));
		const cases = backlogBuckets.map((b) => `WHEN age <= ${b.to ?? 1e9} THEN '${b.id}'`).join(' ');
		const want =
			await db.query(`SELECT agency_code, CASE ${cases} END AS bucket, count(*) AS n FROM (
  SELECT agency_code, date_diff('day', received_at::DATE, DATE '${asOf}') AS age FROM requests
  WHERE ${scope} AND status IN ('forwarded', 'in_progress'))
GROUP BY GROUPING SETS ((agency_code, bucket), (bucket)) ORDER BY agency_code NULLS FIRST, bucket`);
		expect(got.map((r) => ({ agency_code: r.agency_code, bucket: r.bucket, n: r.n }))).toEqual(
			want
		);
	});
});

describe('proposals page on the demo data, against DuckDB on the raw proposals', () => {
	it('funnel per kelurahan for the 2027 plan of Bekasi', async () => {
		const f = { program: 'musrenbang', from: '2025-01-01', to: '2025-12-31' };
		const got = await run(proposalFunnelQuery(f, 2027, 'village'));
		const reached = funnelStages.map((s, i) => {
			const cond =
				i === 0
					? 'TRUE'
					: `stage IN (${funnelStages
							.slice(i)
							.map((x) => `'${x}'`)
							.join(', ')})`;
			return `count(*) FILTER (WHERE ${cond}) AS reached_${s}, coalesce(sum(estimated_cost) FILTER (WHERE ${cond}), 0) AS cost_${s}`;
		});
		const want = await db.query(`SELECT village_code AS key, ${reached.join(', ')},
  count(*) FILTER (WHERE answered) AS answered
FROM proposals WHERE program = 'musrenbang' AND plan_year = 2027
GROUP BY GROUPING SETS ((village_code), ()) ORDER BY grouping(village_code) DESC, key`);
		expect(want.length).toBeGreaterThan(10);
		expect(got.map((r) => Object.fromEntries(Object.keys(want[0]!).map((k) => [k, r[k]])))).toEqual(
			want
		);
	});
});

describe('aid page on the demo data, against DuckDB on the raw distributions', () => {
	const f = { program: 'gempungan', regency: '32.14', from: '2026-01-01', to: '2026-06-30' };

	it('per village and commodity in one month, and monthly totals', async () => {
		const got = await run(aidVillagesQuery(f, '2026-03'));
		const want =
			await db.query(`SELECT village_code, aid_program, commodity, unit, sum(quantity) AS quantity,
  sum(recipients) AS recipients, sum(target_recipients) AS target
FROM aid_distributions WHERE program = 'gempungan' AND strftime(date, '%Y-%m') = '2026-03'
GROUP BY ALL ORDER BY aid_program, commodity, unit, village_code`);
		expect(want.length).toBeGreaterThan(100);
		expect(got.map((r) => Object.fromEntries(Object.keys(want[0]!).map((k) => [k, r[k]])))).toEqual(
			want
		);
		const monthly = await run(aidMonthlyQuery(f));
		const rice = await db.query(`SELECT strftime(date, '%Y-%m') AS month, sum(quantity) AS quantity
FROM aid_distributions WHERE program = 'gempungan' AND commodity = 'beras' GROUP BY 1 ORDER BY 1`);
		expect(
			monthly
				.filter((r) => r.commodity === 'beras')
				.map((r) => ({ month: r.month, quantity: r.quantity }))
		).toEqual(rice);
	});
});

describe('coverage on the demo data, against DuckDB on the raw events', () => {
	const f = { program: 'kenduren_mas', regency: '35.14', from: '2025-07-01', to: '2026-06-30' };
	const held = `status = 'held' AND program = 'kenduren_mas'`;

	it('service days per kecamatan and week, and villages not visited with their last visit', async () => {
		const weeks = await run(coverageWeeksQuery(f));
		const wantWeeks = await db.query(`SELECT district_code AS code,
  strftime(date - (isodow(date) - 1)::INTEGER, '%Y-%m-%d') AS week, count(*) AS events
FROM events WHERE ${held} AND date BETWEEN '2025-07-01' AND '2026-06-30' GROUP BY ALL ORDER BY 1, 2`);
		expect(wantWeeks.length).toBeGreaterThan(10);
		expect(weeks.map((r) => ({ code: r.code, week: r.week, events: r.events }))).toEqual(wantWeeks);

		const villages = await run(coverageAreasQuery(f, 'village'));
		const want = await db.query(`SELECT v.code, (SELECT count(*) FROM events e WHERE ${held}
    AND e.village_code = v.code AND e.date BETWEEN '2025-07-01' AND '2026-06-30') AS events,
  (SELECT strftime(max(e.date), '%Y-%m-%d') FROM events e WHERE ${held}
    AND e.village_code = v.code AND e.date <= '2026-06-30') AS last_visit
FROM regions v WHERE v.level = 'village' AND v.code LIKE '35.14.%' ORDER BY v.code`);
		expect(want.filter((r) => r.events === 0).length).toBeGreaterThan(10);
		expect(
			villages.map((r) => ({ code: r.code, events: r.events, last_visit: r.last_visit }))
		).toEqual(want);
		for (const r of villages)
			if (r.last_visit)
				expect(r.days_since).toBe(
					(Date.parse('2026-06-30') - Date.parse(String(r.last_visit))) / 86_400_000
				);
	});

	it('the rotation summary matches the events', async () => {
		const [s] = await run(coverageSummaryQuery(f));
		const [want] = await db.query(`SELECT count(*) AS events,
  count(DISTINCT district_code) AS districts_visited, count(DISTINCT village_code) AS villages_visited,
  count(DISTINCT date - (isodow(date) - 1)::INTEGER) AS weeks
FROM events WHERE ${held} AND date BETWEEN '2025-07-01' AND '2026-06-30'`);
		expect(s).toMatchObject(want!);
		const districts = await run(coverageAreasQuery(f, 'district'));
		expect(districts.reduce((a, r) => a + Number(r.events), 0)).toBe(want!.events);
	});
});
