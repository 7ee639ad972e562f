import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSmall } from '../../../scripts/demo/test-db';
import { openNative } from '../../../scripts/lib/native-db';
import { publicOutcomes } from '$lib/queries/public-figures';
import { loadPublicBundle } from '$lib/server/public-data';
import { areaCsv } from './area-csv';
import type { PublicBundle } from './bundle';
import { areaPage, type AreaPage } from './model';
import { isSmall, type Shown } from './suppress';

let bundle: PublicBundle;
let dir = '';
beforeAll(async () => {
	const demo = await generateSmall(3, 100_000);
	demo.close();
	dir = demo.dir;
	const db = await openNative(demo.result.out);
	bundle = await loadPublicBundle(db);
	db.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every sum a page shows, as [total, ...parts]; and every count about people or requests. */
function sumsOf(p: AreaPage): { sums: Shown[][]; counts: Shown[] } {
	const r = p.requests;
	const sums: Shown[][] = [
		...r.lines.map((l) => [l.total, ...publicOutcomes.map((o) => l.cells[o])]),
		...publicOutcomes.map((o) => [r.totals[o], ...r.lines.map((l) => l.cells[o])]),
		[r.grand, ...r.lines.map((l) => l.total)],
		[r.grand, ...publicOutcomes.map((o) => r.totals[o])]
	];
	if (p.children.length) sums.push([r.grand, ...p.children.map((c) => c.requests)]);
	const held = p.events.filter(
		(e) => e.status === 'held' && e.village?.code.startsWith(p.area.code)
	);
	sums.push([p.visitors, ...held.map((e) => e.visitors)]);
	const keys = [
		'riceRecipients',
		'riceTarget',
		'milkRecipients',
		'milkTarget',
		'riceKg',
		'milkPackages'
	] as const;
	if (p.aid) for (const k of keys) sums.push([p.aid.total[k], ...p.aid.months.map((m) => m[k])]);
	// Rice kg and milk packages are amounts, not counts: they are only checked in the sums.
	const amounts = new Set(
		p.aid ? [...p.aid.months, p.aid.total].flatMap((m) => [m.riceKg, m.milkPackages]) : []
	);
	const counts = [...sums.flat(), ...p.events.map((e) => e.visitors)].filter(
		(c) => !amounts.has(c)
	);
	return { sums, counts };
}

describe('public pages on the demo data: small numbers', () => {
	it('never show a count from 1 to 4, and no sum leaves exactly one figure hidden', () => {
		let small = 0;
		let complements = 0;
		const problems: string[] = [];
		for (const code of bundle.areas.keys()) {
			const p = areaPage(bundle, code);
			const { sums, counts } = sumsOf(p);
			for (const c of counts) {
				if (isSmall(c.v)) problems.push(`${code}: ${c.v} shown`);
				if (c.m === 'small') small++;
				if (c.m === 'hidden') complements++;
			}
			for (const s of sums) {
				const hidden = s.filter((x) => x.m !== null).length;
				if (hidden === 1) problems.push(`${code}: a sum with one hidden figure`);
				// With every figure shown, the total is the sum of its parts.
				const parts = s.slice(1).reduce((t, x) => t + (x.v ?? 0), 0);
				if (hidden === 0 && s[0]!.v !== null && Math.abs(parts - s[0]!.v) > 1e-6)
					problems.push(`${code}: parts ${parts} ≠ total ${s[0]!.v}`);
			}
		}
		expect(problems).toEqual([]);
		// The demo data does have small counts, so the rule was exercised.
		expect(small).toBeGreaterThan(100);
		expect(complements).toBeGreaterThan(10);
	});

	it('hide shares, rates and amounts that would reveal a hidden count', () => {
		for (const code of bundle.areas.keys()) {
			const p = areaPage(bundle, code);
			const t = p.requests.totals;
			if (t.on_site.m || t.resolved.m || p.requests.grand.m) expect(p.resolvedPct.v).toBeNull();
			for (const c of p.children) if (c.requests.m) expect(c.per1000.v).toBeNull();
			for (const m of p.aid ? [...p.aid.months, p.aid.total] : []) {
				if (m.riceRecipients.m) expect(m.riceKg.v).toBeNull();
				if (m.riceRecipients.m || m.riceTarget.m) expect(m.ricePct.v).toBeNull();
				if (m.milkRecipients.m) expect(m.milkPackages.v).toBeNull();
			}
			for (const l of p.requests.lines) if (l.cells.resolved.m) expect(l.medianDays.v).toBeNull();
		}
	});

	it('keep suppressed figures suppressed in the CSV', () => {
		const code = [...bundle.areas.values()].find(
			(a) => a.level === 'village' && a.requests > 0
		)!.code;
		const p = areaPage(bundle, code);
		const csv = areaCsv(p, 'test');
		const requestRows = csv.split('\r\n').filter((l) => /^requests,.*,requests,/.test(l));
		expect(requestRows.length).toBeGreaterThan(0);
		for (const l of requestRows) expect(l).not.toMatch(/,[1-4]$/);
		expect(csv).toMatch(/^section,item,detail,measure,value\r\nmeta,area,/);
		expect(csv).toContain(`meta,data_until,,,${bundle.lastDay}`);
	});
});
