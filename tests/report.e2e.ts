import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { agencyTableQuery, shapeAgencies } from '../src/lib/queries/agencies.ts';
import { buildMatrix, matrixQuery } from '../src/lib/queries/attendance-matrix.ts';
import {
	proposalsParticipationQuery,
	villagesInScopeQuery,
	villagesNotReachedQuery
} from '../src/lib/queries/report.ts';
import { evaluateRules } from '../src/lib/report/rules.ts';
import { reportInput } from '../src/routes/report/report-input.ts';
import { ARTIFACTS } from './support/agency-page.ts';
import { filtersOf, openPage, useSite } from './support/site.ts';

const KM2025 = '?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31';
const site = useSite();
beforeAll(() => {
	mkdirSync(ARTIFACTS, { recursive: true });
});

describe('evaluation report in Chromium', () => {
	it('renders the flagged findings native DuckDB gives, and prints to an A4 PDF', async () => {
		const { page, errors } = await openPage(site, `report/${KM2025}`);
		await page.waitForSelector('[data-report-ready=true]', { timeout: 90_000 });

		const f = filtersOf(KM2025, site.lastDay);
		const q = async (s: { sql: string; params: unknown[] }) =>
			site.native.query(s.sql, s.params as never);
		const input = reportInput(
			shapeAgencies(await q(agencyTableQuery(f, site.lastDay))),
			buildMatrix(await q(matrixQuery(f))),
			await q(villagesNotReachedQuery(f)),
			await q(villagesInScopeQuery(f)),
			await q(proposalsParticipationQuery(f))
		);
		const want = evaluateRules(input).map((x) => `${x.rule}|${x.subject}`);
		const shown = await page.$$eval('[data-finding]', (els) =>
			els.map((e) => `${e.getAttribute('data-finding')}|${e.getAttribute('data-subject')}`)
		);
		expect(shown).toEqual(want);
		expect(want.length).toBeGreaterThan(0);
		const text = await page.textContent('[data-section=findings]');
		expect(text).toMatch(/Dinas Perpustakaan dan Arsip absen pada \d+ dari \d+ kegiatan/);
		expect(text).toMatch(/tidak menjawab/);
		const absences = await page.$$eval('[data-section=absences] tr[data-agency]', (trs) =>
			trs.map((t) => [t.getAttribute('data-agency'), Number(t.getAttribute('data-absences'))])
		);
		for (const [code, n] of absences)
			expect(n).toBe(input.agencies.find((a) => a.code === code)!.cur.absences);
		expect(await page.locator('[data-section=rules] [data-rule]').count()).toBeGreaterThan(5);

		await page.screenshot({ path: `${ARTIFACTS}/report.png`, fullPage: true });
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('header:has(> nav)').isVisible()).toBe(false);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		writeFileSync(`${ARTIFACTS}/report.pdf`, pdf);
		expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
