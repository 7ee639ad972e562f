import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSmall } from '../../../scripts/demo/test-db';
import { openNative } from '../../../scripts/lib/native-db';
import { loadPublicBundle } from '$lib/server/public-data';
import { areaCsv } from './area-csv';
import { buildBundle, type PublicBundle } from './bundle';
import { derivable, publishedOf, type Published } from './derive';
import { publicFigures } from './figures';
import { areaPage } from './model';
import { hierarchyFixture } from '../../../tests/fixtures/public-hierarchy';
import { isSmall } from './suppress';

let bundle: PublicBundle;
let pub: Published;
let dir = '';
beforeAll(async () => {
	const demo = await generateSmall(3, 100_000);
	demo.close();
	dir = demo.dir;
	const db = await openNative(demo.result.out);
	bundle = await loadPublicBundle(db);
	db.close();
	pub = publishedOf([...bundle.areas.keys()].map((c) => areaPage(bundle, c)));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Relations whose figures are all shown and do not add up (the relations must be real). */
function broken(p: Published): string[] {
	return p.relations
		.filter((r) => {
			const s = r.map((k) => p.figures.get(k) ?? { v: 0, m: null });
			if (s.some((x) => x.m)) return false;
			const parts = s.slice(1).reduce((t, x) => t + (x.v ?? 0), 0);
			return Math.abs(parts - (s[0]!.v ?? 0)) > 1e-6 * Math.max(1, parts);
		})
		.map((r) => r[0]!);
}

describe('public pages on the demo data: small numbers', () => {
	it('never show a count from 1 to 4, and show each figure the same on every page', () => {
		const shownSmall = [...pub.figures].filter(
			([k, s]) => !/_kg$|_packages$|^resolved\//.test(k) && isSmall(s.v)
		);
		expect(shownSmall).toEqual([]);
		expect(pub.conflicts).toEqual([]);
		// The demo data does have small counts, so the rule was exercised.
		const marks = [...pub.figures.values()].map((s) => s.m);
		expect(marks.filter((m) => m === 'small').length).toBeGreaterThan(100);
		expect(marks.filter((m) => m === 'hidden').length).toBeGreaterThan(100);
	});

	it('let no hidden figure be worked out across every page, by any sum, share or rate', () => {
		expect(broken(pub)).toEqual([]);
		// Sums inside pages and between a village, its kecamatan and its regency.
		expect(pub.relations.length).toBeGreaterThan(10_000);
		expect(derivable(pub)).toEqual([]);
	});

	it('hide median days with the resolved requests they are computed from', () => {
		for (const code of bundle.areas.keys()) {
			const r = areaPage(bundle, code).requests;
			for (const l of r.lines) if (l.cells.resolved.m) expect(l.medianDays.v).toBeNull();
			if (r.totals.resolved.m) expect(r.medianDays.v).toBeNull();
		}
	});

	it('keep suppressed figures suppressed in the CSV', () => {
		const code = [...bundle.areas.values()].find(
			(a) => a.level === 'village' && a.requests > 0
		)!.code;
		const csv = areaCsv(areaPage(bundle, code), 'test');
		const requestRows = csv.split('\r\n').filter((l) => /^requests,.*,requests,/.test(l));
		expect(requestRows.length).toBeGreaterThan(0);
		for (const l of requestRows) expect(l).not.toMatch(/,[1-4]$/);
		expect(csv).toMatch(/^section,item,detail,measure,value\r\nmeta,area,/);
		expect(csv).toContain(`meta,data_until,,,${bundle.lastDay}`);
	});
});

describe('complementary suppression across pages (hand-made hierarchy)', () => {
	// A kecamatan whose own page hides nothing: 2 + 10 + 10 requests resolved on site in its
	// three villages. Per page, the village with 2 is protected on its own page only.
	const b = buildBundle(hierarchyFixture());
	const published = (acrossPages: boolean) => {
		const f = publicFigures(b, { acrossPages });
		return publishedOf([...b.areas.keys()].map((c) => areaPage(b, c, f)));
	};

	it('without sums between pages, the kecamatan page minus the other villages gives it away', () => {
		expect(derivable(published(false))).toContain('req/99.01.01.2001/S1/on_site');
	});

	it('with them, nothing can be worked out', () => {
		const p = published(true);
		expect(p.figures.get('req/99.01.01.2001/S1/on_site')?.m).toBe('small');
		expect(broken(p)).toEqual([]);
		expect(derivable(p)).toEqual([]);
	});
});
