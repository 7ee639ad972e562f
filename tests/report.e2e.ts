import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { agencyTableQuery, shapeAgencies } from '../src/lib/queries/agencies.ts';
import { buildMatrix, matrixQuery } from '../src/lib/queries/attendance-matrix.ts';
import {
	proposalsParticipationQuery,
	villagesInScopeQuery,
	villagesNotReachedQuery
} from '../src/lib/queries/report.ts';
import { messages } from '../src/lib/i18n/messages.ts';
import { programsQuery } from '../src/lib/queries/options.ts';
import { overviewQuery, splitOverview } from '../src/lib/queries/overview.ts';
import { evaluateRules } from '../src/lib/report/rules.ts';
import { rankFindings, TOP_FINDINGS } from '../src/lib/report/severity.ts';
import { reportInput, severityContext } from '../src/routes/report/report-input.ts';
import { ARTIFACTS } from './support/agency-page.ts';
import { afterRuns, aheadDone, lastRuns } from './support/ahead.ts';
import { filtersOf, openPage, useSite } from './support/site.ts';

const KM2025 = '?program=kenduren_mas&regency=35.14&from=2025-01-01&to=2025-12-31';
const site = useSite();
beforeAll(() => {
	mkdirSync(ARTIFACTS, { recursive: true });
});

/** The report's six statements (their `pageQuery` names). */
const STATEMENTS = [
	'report-overview',
	'report-agencies',
	'report-matrix',
	'report-villages',
	'report-villages-scope',
	'report-proposals'
];

describe('evaluation report in Chromium', () => {
	it('renders the findings native DuckDB gives, ranked by severity, and prints to an A4 PDF', async () => {
		const { page, errors } = await openPage(site, `report/${KM2025}`);
		// While the engine loads, its progress shows on screen but is never printed.
		const progress = page.locator('[data-load=loading]');
		await progress.waitFor();
		await page.emulateMedia({ media: 'print' });
		expect(await progress.isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await page.waitForSelector('[data-report-ready=true]', { timeout: 90_000 });

		const f = filtersOf(KM2025, site.lastDay);
		const q = async (s: { sql: string; params: unknown[] }) =>
			site.native.query(s.sql, s.params as never);
		const notReached = await q(villagesNotReachedQuery(f));
		const input = reportInput(
			shapeAgencies(await q(agencyTableQuery(f, site.lastDay))),
			buildMatrix(await q(matrixQuery(f))),
			notReached,
			await q(villagesInScopeQuery(f)),
			await q(proposalsParticipationQuery(f))
		);
		const overview = splitOverview(await q(overviewQuery(f)));
		const ranked = rankFindings(evaluateRules(input), severityContext(overview, notReached));
		const want = ranked.map((x) => `${x.finding.rule}|${x.finding.subject}`);
		const shown = (section: string) =>
			page.$$eval(`[data-section=${section}] [data-finding]`, (els) =>
				els.map((e) => `${e.getAttribute('data-finding')}|${e.getAttribute('data-subject')}`)
			);
		expect(await shown('findings')).toEqual(want);
		expect(await shown('top')).toEqual(want.slice(0, TOP_FINDINGS));
		expect(want.length).toBeGreaterThan(TOP_FINDINGS);
		// Severity never rises down the list; rules read as labels, not ids.
		const severities = ranked.map((r) => r.severity);
		expect(severities).toEqual([...severities].sort((a, b) => b - a));
		expect(await page.textContent('[data-section=top]')).toMatch(/Tingkat absen|Absen berturut/);
		expect(await page.textContent('[data-section=rules]')).not.toMatch(/recent_absences/);
		// The unanswered table ranks by the share unanswered, not by the count.
		const rates = await page.$$eval('[data-section=unanswered] td[data-rate]', (tds) =>
			tds
				.map((td) => td.getAttribute('data-rate'))
				.filter((v) => v !== '')
				.map(Number)
		);
		expect(rates.length).toBeGreaterThan(2);
		expect(rates).toEqual([...rates].sort((a, b) => b - a));
		const text = await page.textContent('[data-section=findings]');
		// Findings name agencies by the app's naming rule (the matrix's and the table's names).
		const dispusip = await page.getAttribute(
			'[data-section=findings] [data-subject=PAS-DISPUSIP][data-agency-name]',
			'data-agency-name'
		);
		expect(text).toContain(`${dispusip} absen pada `);
		expect(text).toMatch(/absen pada \d+ dari \d+ kegiatan/);
		expect(text).toMatch(/tidak menjawab/);
		const absences = await page.$$eval('[data-section=absences] tr[data-agency]', (trs) =>
			trs.map((t) => [t.getAttribute('data-agency'), Number(t.getAttribute('data-absences'))])
		);
		for (const [code, n] of absences)
			expect(n).toBe(input.agencies.find((a) => a.code === code)!.cur.absences);
		expect(await page.locator('[data-section=rules] [data-rule]').count()).toBeGreaterThan(5);

		await page.screenshot({ path: `${ARTIFACTS}/report.png`, fullPage: true });
		await page.emulateMedia({ media: 'print' });
		// Printed: no navigation, no loading status, nothing but the report and which data it is.
		expect(await page.locator('nav').isVisible()).toBe(false);
		expect(await page.locator('[data-banner]').isVisible()).toBe(true);
		// Figures align right in every table of the report, as on screen.
		const aligns = await page.$$eval('.report td.num', (tds) => [
			...new Set(tds.map((td) => getComputedStyle(td).textAlign))
		]);
		expect(aligns).toEqual(['right']);
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		writeFileSync(`${ARTIFACTS}/report.pdf`, pdf);
		expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('runs ahead while still: a period button answered from kept results, absences as native', async () => {
		const { page, errors } = await openPage(site, `report/${KM2025}`);
		await page.waitForSelector('[data-report-ready=true]', { timeout: 90_000 });
		const absences = () =>
			page.$$eval('[data-section=absences] tr[data-agency]', (trs) =>
				trs.map((t) => `${t.getAttribute('data-agency')}:${t.getAttribute('data-absences')}`)
			);
		const before = await absences();
		expect(before.length).toBeGreaterThan(0);
		await aheadDone(page, 'report');
		await afterRuns(page, STATEMENTS, () => page.click('[data-preset="all"]'));
		expect(await lastRuns(page, STATEMENTS)).toEqual(STATEMENTS.map(() => ({ cached: true })));
		expect(new URL(page.url()).searchParams.get('from')).not.toBe('2025-01-01');
		const f = filtersOf(page.url(), site.lastDay);
		const q = agencyTableQuery(f, site.lastDay);
		const want = new Map(
			shapeAgencies(await site.native.query(q.sql, q.params)).map((a) => [a.code, a.cur.absences])
		);
		// The table shows the new period (other counts than before), each count as native.
		await expect.poll(absences, { timeout: 30_000 }).not.toEqual(before);
		const got = await absences();
		expect(got.length).toBeGreaterThan(0);
		expect(got).toEqual(
			got.map((row) => `${row.split(':')[0]}:${want.get(row.split(':')[0]!) ?? 'missing'}`)
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('names agencies apart in the all-programs report: findings and tables, one name per agency', async () => {
		const { page, errors } = await openPage(site, 'report/?program=all');
		await page.waitForSelector('[data-report-ready=true]', { timeout: 90_000 });
		// Full names that several regencies' agencies share, in the data.
		const shared = new Set(
			(
				await site.native.query(
					`SELECT code FROM agencies WHERE name IN (SELECT name FROM agencies GROUP BY 1 HAVING count(*) > 1)`
				)
			).map((r) => String(r.code))
		);
		// The names change from the table's full names once the agency choices are loaded.
		await page.waitForFunction(
			() =>
				[...document.querySelectorAll('[data-agency-name]')].some((e) =>
					e.getAttribute('data-agency-name')!.includes(' · ')
				),
			undefined,
			{ timeout: 90_000 }
		);
		const findings = await page.$$eval('[data-section=findings] [data-agency-name]', (trs) =>
			trs.map((t) => [
				t.getAttribute('data-subject')!,
				t.getAttribute('data-agency-name')!,
				t.textContent!
			])
		);
		const tables = await page.$$eval(
			'[data-section=absences] tr[data-agency], [data-section=unanswered] tr[data-agency]',
			(trs) => trs.map((t) => [t.getAttribute('data-agency')!, t.querySelector('th')!.textContent!])
		);
		expect(findings.some(([code]) => shared.has(code!))).toBe(true);
		const codeOf = new Map<string, string>();
		for (const [code, name] of [...findings, ...tables]) {
			expect(codeOf.get(name!) ?? code, `${name} names two agencies`).toBe(code);
			codeOf.set(name!, code!);
		}
		for (const [, name, text] of findings) expect(text).toContain(name);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('a program without proposals: the rules section says the proposals rule does not apply, and why', async () => {
		const q = programsQuery();
		const p = (await site.native.query(q.sql, q.params)).find((r) => r.has_proposals === false)!;
		expect(p).toBeDefined();
		const { page, errors } = await openPage(site, `report/?program=${String(p.code)}&lang=en`);
		await page.waitForSelector('[data-report-ready=true]', { timeout: 90_000 });
		const rule = page.locator('[data-section=rules] [data-rule=low_proposals]');
		expect(await rule.getAttribute('data-na')).toBe('true');
		expect(await rule.textContent()).toContain(
			messages.en.fv_no_proposals.replace('{program}', String(p.name))
		);
		// The other rules keep their descriptions.
		expect(await page.locator('[data-section=rules] [data-rule]:not([data-na])').count()).toBe(
			(await page.locator('[data-section=rules] [data-rule]').count()) - 1
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
