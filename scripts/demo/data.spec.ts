import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedValues } from '../../src/lib/schema/define';
import { tables } from '../../src/lib/schema/index';
import {
	CHRONIC_ABSENT,
	FALLING_TURNOUT_DISTRICTS,
	GEMPUNGAN_UNVISITED_DISTRICT,
	IMPROVING_AGENCY,
	PENGASINAN,
	RICE_SHORTFALL_DISTRICT,
	UNANSWERING_AGENCIES
} from './plants';
import { generateSmall, type Query } from './test-db';

let query: Query;
let dir: string;
let close: () => void;
let counts: Record<string, number>;

beforeAll(async () => {
	const g = await generateSmall(1);
	({ query, dir, close } = g);
	counts = g.result.counts;
}, 60_000);
afterAll(() => {
	close();
	rmSync(dir, { recursive: true, force: true });
});

const one = async (sql: string) => (await query(sql))[0]!;
const num = async (sql: string) => Number(Object.values(await one(sql))[0]);

describe('demo data shape', () => {
	it('has the requested number of requests and a meta table', async () => {
		expect(counts.requests).toBe(100_000);
		const meta = Object.fromEntries(
			(await query('SELECT key, value FROM meta')).map((r) => [r.key, r.value])
		);
		expect(meta).toMatchObject({
			synthetic: 'true',
			seed: '1',
			requests: '100000',
			date_from: '2024-01-01',
			date_to: '2026-11-20'
		});
	});

	it('has every kecamatan and village of the four regencies', async () => {
		const rows = await query(
			`SELECT substr(code, 1, 5) AS regency, count(*) FILTER (WHERE level = 'district') AS d, count(*) FILTER (WHERE level = 'village') AS v FROM regions WHERE level IN ('district', 'village') GROUP BY 1 ORDER BY 1`
		);
		expect(rows).toEqual([
			{ regency: '18.02', d: '28', v: '311' },
			{ regency: '32.14', d: '17', v: '192' },
			{ regency: '32.75', d: '12', v: '56' },
			{ regency: '35.14', d: '24', v: '365' }
		]);
		expect(await num(`SELECT name FROM regions WHERE code = '35.14'`)).toBeNaN();
		expect((await one(`SELECT name FROM regions WHERE code = '35.14'`)).name).toBe(
			'Kabupaten Pasuruan'
		);
		// Parents carry the sum of their children.
		expect(
			await num(
				`SELECT count(*) FROM regions p WHERE level <> 'village' AND population <> (SELECT sum(population) FROM regions c WHERE c.parent_code = p.code AND c.level <> 'province')`
			)
		).toBe(0);
	});

	it('schedules the 14 Kenduren Mas agencies at every held event', async () => {
		const rows = await query(
			`SELECT count(*) AS n FROM events e JOIN event_agencies a USING (event_id) WHERE e.program = 'kenduren_mas' GROUP BY e.event_id`
		);
		expect(rows.length).toBeGreaterThan(100);
		expect(new Set(rows.map((r) => r.n))).toEqual(new Set(['14']));
	});

	it('uses only valid codes and allowed values', async () => {
		const refs: [string, string, string, string][] = [
			['requests', 'event_id', 'events', 'event_id'],
			['requests', 'agency_code', 'agencies', 'code'],
			['requests', 'service_code', 'services', 'code'],
			['requests', 'citizen_village_code', 'regions', 'code'],
			['requests', 'program', 'programs', 'code'],
			['events', 'village_code', 'regions', 'code'],
			['events', 'district_code', 'regions', 'code'],
			['event_agencies', 'event_id', 'events', 'event_id'],
			['event_agencies', 'agency_code', 'agencies', 'code'],
			['services', 'agency_code', 'agencies', 'code'],
			['aid_distributions', 'village_code', 'regions', 'code'],
			['aid_distributions', 'event_id', 'events', 'event_id'],
			['proposals', 'village_code', 'regions', 'code'],
			['proposals', 'event_id', 'events', 'event_id'],
			['proposals', 'agency_code', 'agencies', 'code']
		];
		for (const [t, c, rt, rc] of refs) {
			expect(
				await num(
					`SELECT count(*) FROM "${t}" x WHERE x."${c}" IS NOT NULL AND x."${c}" NOT IN (SELECT "${rc}" FROM "${rt}")`
				),
				`${t}.${c}`
			).toBe(0);
		}
		for (const t of tables) {
			for (const [c, def] of Object.entries(t.columns)) {
				const allowed = allowedValues(def);
				if (!allowed) continue;
				const list = allowed.map((v) => `'${v}'`).join(', ');
				expect(
					await num(`SELECT count(*) FROM "${t.name}" WHERE "${c}" NOT IN (${list})`),
					`${t.name}.${c}`
				).toBe(0);
			}
		}
		expect(
			await num(
				`SELECT count(*) FROM regions WHERE level = 'village' AND NOT regexp_full_match(code, '\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}')`
			)
		).toBe(0);
		// Event requests happen on the event day, during service hours; resolution never precedes receipt.
		expect(
			await num(
				`SELECT count(*) FROM requests r JOIN events e USING (event_id) WHERE r.received_at::DATE <> e.date OR hour(r.received_at) NOT BETWEEN 8 AND 14 OR e.status <> 'held'`
			)
		).toBe(0);
		expect(
			await num(
				`SELECT count(*) FROM requests WHERE resolved_at < received_at OR received_at > TIMESTAMP '2026-11-21'`
			)
		).toBe(0);
		expect(
			await num(`SELECT count(*) FROM events WHERE status <> 'held' AND visitors IS NOT NULL`)
		).toBe(0);
	});

	it('keeps requests sorted by received_at', async () => {
		expect(
			await num(
				`SELECT count(*) FROM (SELECT received_at < lag(received_at) OVER (ORDER BY rowid) AS back FROM requests) WHERE back`
			)
		).toBe(0);
	});

	it('writes samples whose rows validate against the zod contract', () => {
		for (const t of tables) {
			const text = readFileSync(join(dir, 'samples', `${t.name}.csv`), 'utf8');
			const parsed = Papa.parse<Record<string, string>>(text, {
				header: true,
				skipEmptyLines: true
			});
			expect(parsed.meta.fields).toEqual(Object.keys(t.columns));
			// A small sample, whole as a data set (scripts/datafile/samples.ts; it imports cleanly).
			expect(parsed.data.length).toBeGreaterThan(0);
			expect(parsed.data.length).toBeLessThanOrEqual(Math.min(counts[t.name]!, 300));
			for (const row of parsed.data) {
				const clean = Object.fromEntries(
					Object.entries(row).map(([k, v]) => [k, v === '' ? null : v])
				);
				const r = t.row.safeParse(clean);
				expect(r.success, `${t.name}: ${JSON.stringify(row)} ${r.error?.message}`).toBe(true);
			}
		}
	});
});

describe('planted patterns', () => {
	it('chronically absent agencies stand out from the median', async () => {
		const rows = await query(
			`SELECT agency_code, avg((status = 'absent')::INT) AS rate FROM event_agencies WHERE event_id LIKE 'KM-%' GROUP BY 1`
		);
		const rate: Record<string, number> = Object.fromEntries(
			rows.map((r) => [String(r.agency_code), Number(r.rate)])
		);
		for (const code of Object.keys(CHRONIC_ABSENT)) expect(rate[code]).toBeGreaterThan(0.3);
		const sorted = Object.values(rate).sort((a, b) => a - b);
		expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(0.15);
	});

	it('the improving agency is absent far less in 2026 than in 2024', async () => {
		const rows = await query(
			`SELECT year(e.date) AS y, avg((a.status = 'absent')::INT) AS rate FROM event_agencies a JOIN events e USING (event_id) WHERE a.agency_code = '${IMPROVING_AGENCY.code}' GROUP BY 1 ORDER BY 1`
		);
		expect(Number(rows[0]!.rate)).toBeGreaterThan(0.3);
		expect(Number(rows.at(-1)!.rate)).toBeLessThan(Number(rows[0]!.rate) / 2);
	});

	it('unanswered requests concentrate in two agencies', async () => {
		const rows = await query(
			`SELECT agency_code, count(*) AS n FROM requests WHERE program = 'kenduren_mas' AND status = 'unanswered' GROUP BY 1 ORDER BY 2 DESC`
		);
		expect(
			rows
				.slice(0, 2)
				.map((r) => r.agency_code)
				.sort()
		).toEqual(Object.keys(UNANSWERING_AGENCIES).sort());
		const total = rows.reduce((s, r) => s + Number(r.n), 0);
		expect((Number(rows[0]!.n) + Number(rows[1]!.n)) / total).toBeGreaterThan(0.6);
	});

	it('turnout falls in the planted kecamatan and not elsewhere', async () => {
		const list = FALLING_TURNOUT_DISTRICTS.map((d) => `'${d}'`).join(', ');
		// Log visitors against years, each kecamatan and day type (Tuesday at the kecamatan office, Wednesday in a village) centred on its own mean.
		const [row] =
			await query(`WITH v AS (SELECT district_code, epoch(date) / 86400 / 365 AS yr, ln(visitors) - avg(ln(visitors)) OVER (PARTITION BY district_code, venue LIKE 'Kantor Kecamatan%') AS lv FROM events WHERE program = 'kenduren_mas' AND status = 'held')
			SELECT regr_slope(lv, yr) FILTER (WHERE district_code IN (${list})) AS fall, regr_slope(lv, yr) FILTER (WHERE district_code NOT IN (${list})) AS flat FROM v`);
		expect(Number(row!.fall)).toBeLessThan(-0.25);
		expect(Math.abs(Number(row!.flat))).toBeLessThan(0.1);
	});

	it('Dispendukcapil and Dinas Sosial are the busiest Kenduren Mas stands', async () => {
		const rows = await query(
			`SELECT agency_code FROM requests WHERE program = 'kenduren_mas' GROUP BY 1 ORDER BY count(*) DESC LIMIT 2`
		);
		expect(rows.map((r) => r.agency_code)).toEqual(['PAS-DISDUKCAPIL', 'PAS-DINSOS']);
	});

	it('some villages never appear as a citizen village and Sukasari is never visited', async () => {
		const silent = await num(
			`SELECT count(*) FROM regions r WHERE level = 'village' AND NOT EXISTS (SELECT 1 FROM requests q WHERE q.citizen_village_code = r.code)`
		);
		expect(silent).toBeGreaterThan(20);
		expect(
			await num(
				`SELECT count(*) FROM events WHERE program = 'gempungan' AND district_code = '${GEMPUNGAN_UNVISITED_DISTRICT}'`
			)
		).toBe(0);
	});

	it('Pengasinan collects 300–360 Musrenbang proposals per plan year', async () => {
		const rows = await query(
			`SELECT plan_year, count(*) AS n FROM proposals WHERE village_code = '${PENGASINAN}' GROUP BY 1`
		);
		expect(rows.length).toBe(3);
		for (const r of rows) {
			expect(Number(r.n)).toBeGreaterThanOrEqual(300);
			expect(Number(r.n)).toBeLessThanOrEqual(360);
		}
	});

	it('Purwakarta gets about 36 t of rice a month, less than targeted in Kiarapedes', async () => {
		const rows = await query(
			`SELECT strftime(date, '%Y-%m') AS m, sum(quantity) / 1000 AS t FROM aid_distributions WHERE aid_program = 'beras' GROUP BY 1`
		);
		expect(rows.length).toBe(35);
		for (const r of rows) expect(Math.abs(Number(r.t) - 36)).toBeLessThan(36 * 0.2);
		const [r] = await query(
			`SELECT sum(recipients) FILTER (WHERE village_code LIKE '${RICE_SHORTFALL_DISTRICT}.%') / sum(target_recipients) FILTER (WHERE village_code LIKE '${RICE_SHORTFALL_DISTRICT}.%') AS short, sum(recipients) FILTER (WHERE village_code NOT LIKE '${RICE_SHORTFALL_DISTRICT}.%') / sum(target_recipients) FILTER (WHERE village_code NOT LIKE '${RICE_SHORTFALL_DISTRICT}.%') AS ok FROM aid_distributions WHERE aid_program = 'beras'`
		);
		expect(Number(r!.short)).toBeLessThan(0.8);
		expect(Number(r!.ok)).toBeGreaterThan(0.88);
	});

	it('urun rembug stays low and most requests are made at events', async () => {
		expect(
			await num(
				`SELECT count(*) FILTER (WHERE source = 'urun_rembug') / (SELECT count(*) FROM events WHERE program = 'kenduren_mas' AND status = 'held') FROM proposals`
			)
		).toBeLessThan(3);
		expect(await num(`SELECT avg((channel = 'event')::INT) FROM requests`)).toBeGreaterThan(0.8);
		expect(
			await num(
				`SELECT avg((delivery = 'post')::INT) FROM requests r JOIN services s ON s.code = r.service_code WHERE r.program = 'bunga_kampung' AND s.category = 'adminduk'`
			)
		).toBeGreaterThan(0.4);
	});
});
