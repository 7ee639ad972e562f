import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db.ts';
import { villageDetailQuery } from './map-detail';
import { choropleth, noDataKey } from '../map/choropleth';
import { messages } from '../i18n/messages';
import { mapMetrics, mapQuery } from './map-metrics';
import { openFixture } from '../../../tests/fixtures/query-fixture.ts';

describe('map metrics', () => {
	let db: NativeDb;
	beforeAll(async () => {
		db = await openFixture();
	});
	afterAll(() => db.close());
	const f = { program: 'kenduren_mas', regency: '35.14', from: '2025-01-01', to: '2025-01-31' };

	it('computes every metric per village, with NULL where there is nothing to measure', async () => {
		const q = mapQuery(f, 'village');
		const rows = Object.fromEntries((await db.query(q.sql, q.params)).map((r) => [r.code, r]));
		expect(Object.keys(rows)).toEqual(['35.14.01.2001', '35.14.01.2002', '35.14.02.2001']);
		const m = rows['35.14.01.2001']!;
		expect(m.visitors).toBe(100);
		expect(m.visitors_per_1000).toBeCloseTo(100 / 1.2);
		expect(m.attendance_pct).toBeCloseTo(50); // present + late of 4 scheduled
		expect(m.requests).toBe(3); // r1, r2, r8
		expect(m.on_site_pct).toBeCloseTo(100 / 3);
		expect(m.reach_per_1000).toBeCloseTo(2.5);
		expect(m.aid_kg_per_household).toBeCloseTo(1500 / 350);
		// Rice and milk each against their own target, never pooled (pooled would read 90 %).
		expect(m.rice_target_pct).toBeCloseTo((100 * 150) / 160);
		expect(m.milk_target_pct).toBeCloseTo((100 * 30) / 40);
		expect(m.rice_target).toBe(160); // households targeted: the rate's case count
		expect(m.milk_target).toBe(40);
		// Kepulungan got rice only: its milk share is not 0 but does not apply.
		const k = rows['35.14.02.2001']!;
		expect(k.rice_target_pct).toBeCloseTo(100);
		expect(k.milk_target_pct).toBeNull();
		expect(k.milk_target).toBe(0);
		expect(m.rkpd_pct).toBeCloseTo(50);
		expect(m.days_since_visit).toBe(21);
		// Sukodermo: its only event was cancelled, so it was never visited.
		const s = rows['35.14.01.2002']!;
		expect(s.days_since_visit).toBeNull();
		expect(s.visitors).toBeNull();
		expect(s.events).toBe(0);
		expect(s.unanswered_pct).toBe(0);
		expect(s.proposals_per_1000).toBe(0);
		expect(s.rkpd_pct).toBeNull();
	});

	it('a village without a service day says so, not "no data" (regression)', async () => {
		const q = mapQuery(f, 'village');
		const rows = await db.query(q.sql, q.params);
		const state = (code: string) => {
			const m = mapMetrics.visitors;
			const st = choropleth(rows, m, 'quantile').areas.get(code)!;
			return [st.kind, noDataKey(m, st.n)];
		};
		// Sukodermo held no event (its only one was cancelled): no visitors to count.
		expect(state('35.14.01.2002')).toEqual(['nodata', 'map_no_event']);
		expect(state('35.14.01.2001')[0]).toBe('value');
		// A rate of requests without requests has no data, whatever the events.
		expect(noDataKey(mapMetrics.on_site_pct, 0)).toBe('map_no_data');
		expect(messages.id.map_no_event).toBe('Belum ada hari layanan');
		expect(messages.en.map_no_event).toBe('No service day');
	});

	it("with an agency filter counts that agency's requests and attendance only", async () => {
		const q = mapQuery({ ...f, agency: 'B' }, 'village');
		const rows = Object.fromEntries((await db.query(q.sql, q.params)).map((r) => [r.code, r]));
		// Martopuro: no request went to B; B was late at E1 (counts as attended).
		expect(rows['35.14.01.2001']).toMatchObject({
			requests: 0,
			attendance_pct: 100,
			visitors: 100
		});
		// Kepulungan: r3 resolved later, r4 unanswered; B absent at E2.
		expect(rows['35.14.02.2001']).toMatchObject({
			requests: 2,
			on_site_pct: 0,
			unanswered_pct: 50,
			attendance_pct: 0
		});
		expect(rows['35.14.02.2001']!.visitors).toBe(50);
	});

	it('adds villages up to their kecamatan and honours a kecamatan selection', async () => {
		const q = mapQuery(f, 'district');
		const rows = await db.query(q.sql, q.params);
		expect(rows.map((r) => [r.code, r.name, r.requests])).toEqual([
			['35.14.01', 'Purwosari', 4],
			['35.14.02', 'Gempol', 2]
		]);
		const k = mapQuery({ ...f, district: '35.14.02' }, 'village');
		expect((await db.query(k.sql, k.params)).map((r) => r.code)).toEqual(['35.14.02.2001']);
	});

	it('lists a village’s events, services, statuses, aid and proposals', async () => {
		const q = villageDetailQuery(f, '35.14.01.2001');
		const rows = await db.query(q.sql, q.params);
		const by = (s: string) => rows.filter((r) => r.section === s);
		expect(by('event').map((r) => [r.label, r.n])).toEqual([['2025-01-10', 100]]);
		expect(by('status').find((r) => r.label === 'resolved_on_site')?.n).toBe(1);
		expect(
			by('aid')
				.map((r) => r.label)
				.sort()
		).toEqual(['beras', 'susu']);
		expect(
			by('proposal')
				.map((r) => r.label)
				.sort()
		).toEqual(['rejected', 'rkpd']);
	});
});
