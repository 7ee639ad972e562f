import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../src/lib/i18n/messages.ts';
import type { Page } from 'playwright-core';
import { openNative, type NativeDb } from '../scripts/lib/native-db.ts';
import { importFolder } from '../scripts/import/import-folder.ts';
import { metrics } from '../src/lib/queries/metrics.ts';
import { tables } from '../src/lib/schema/index.ts';
import { extentQuery, programsQuery } from '../src/lib/queries/options.ts';
import type { ProgramActivity } from '../src/lib/state/first-program.ts';
import { overviewQuery, splitOverview } from '../src/lib/queries/overview.ts';
import { fill } from '../src/lib/i18n/format.ts';
import { idImport } from '../src/lib/i18n/id-import.ts';
import { seriousViolations } from './support/axe.ts';
import { engineQuery } from './support/engine-sql.ts';
import { writeImportFixture } from './support/import-fixture.ts';
import { downloadBytes } from './support/download.ts';
import { filtersOf, openPage, useSite } from './support/site.ts';
import { excelSerial, writeXlsx } from './support/xlsx.ts';

const site = useSite();
let dir = '';
let imported: NativeDb;
let importedLastDay = '';
let importedPrograms: ProgramActivity[] = [];

beforeAll(async () => {
	dir = await writeImportFixture(site.native);
	// The command-line importer on the same files: what the browser must show.
	await importFolder(dir, join(dir, 'native.duckdb'));
	imported = await openNative(join(dir, 'native.duckdb'));
	const q = extentQuery();
	importedLastDay = String((await imported.query(q.sql, q.params))[0]!.last_day);
	const p = programsQuery();
	importedPrograms = (await imported.query(p.sql, p.params)) as unknown as ProgramActivity[];
});
afterAll(() => {
	imported?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The fixture's CSVs, with events as an Excel workbook (dates as serial days) instead. */
function uploadFiles(): string[] {
	const events = Papa.parse<string[]>(readFileSync(join(dir, 'events.csv'), 'utf8'), {
		skipEmptyLines: true
	}).data;
	const dateAt = events[0]!.indexOf('date');
	const rows = events.map((r, i) =>
		i === 0
			? r
			: r.map((v, c) =>
					c === dateAt ? { serial: excelSerial(v) } : /^\d+$/.test(v) ? Number(v) : v || null
				)
	);
	mkdirSync(join(dir, 'xlsx'), { recursive: true });
	writeFileSync(join(dir, 'xlsx', 'events.xlsx'), writeXlsx([{ name: 'Sheet1', rows }]));
	return [
		...readdirSync(dir)
			.filter((f) => f.endsWith('.csv') && f !== 'events.csv')
			.map((f) => join(dir, f)),
		join(dir, 'xlsx', 'events.xlsx')
	];
}

async function kpis(page: Page): Promise<Record<string, number | null>> {
	await page.waitForSelector('.boundary[data-status="ok"] [data-kpi]', { timeout: 60_000 });
	return page.$$eval('[data-kpi]', (els) =>
		Object.fromEntries(
			els.map((e) => {
				const v = e.getAttribute('data-value');
				return [e.getAttribute('data-kpi'), v === '' || v === null ? null : Number(v)];
			})
		)
	);
}

async function expectImportedOverview(page: Page): Promise<void> {
	const q = overviewQuery(filtersOf('', importedLastDay, importedPrograms));
	const { current } = splitOverview(await imported.query(q.sql, q.params));
	const got = await kpis(page);
	for (const m of metrics) {
		const want = (current[m.id] as number | null) ?? null;
		if (want === null) expect(got[m.id], m.id).toBeNull();
		else
			expect(Math.abs(got[m.id]! - want), `${m.id}: ${got[m.id]} vs ${want}`).toBeLessThan(
				1e-9 * Math.max(1, Math.abs(want))
			);
	}
}

/** Drops every file of `folder` on the import page; returns the problems' file, line and column. */
async function dropAndLocate(page: Page, folder: string): Promise<unknown[]> {
	await page.setInputFiles(
		'input[name="import-files"]',
		readdirSync(folder).map((f) => join(folder, f))
	);
	await page.waitForSelector('[data-import-status="problems"]', { timeout: 60_000 });
	return page.$$eval('[data-problem]', (els) =>
		els.map((e) => [e.dataset.file, Number(e.dataset.line), Number(e.dataset.column)])
	);
}

/** Drops every file of `folder` on the import page and expects it to finish with no problem. */
async function dropClean(page: Page, folder: string): Promise<void> {
	await page.setInputFiles(
		'input[name="import-files"]',
		readdirSync(folder).map((f) => join(folder, f))
	);
	await page.waitForSelector('[data-import-status="done"], [data-import-status="problems"]', {
		timeout: 120_000
	});
	expect(await page.locator('[data-problem]').count()).toBe(0);
}

/** Clicks a zip download of the page and unpacks its files into `<dir>/<name>`. */
async function downloadZip(page: Page, selector: string, name: string): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
	const zip = unzipSync(await downloadBytes(download));
	const folder = join(dir, name);
	mkdirSync(folder, { recursive: true });
	for (const [file, bytes] of Object.entries(zip))
		writeFileSync(join(folder, file.split('/').pop()!), bytes);
	return folder;
}

/**
 * The import page's publish download, turned into a data file by the command-line importer, holds
 * the same rows in every table as the data file imported from the original files.
 */
async function expectPublishedEqual(page: Page): Promise<void> {
	await page.click('nav a[href*="/import/"]');
	const pub = await downloadZip(page, '[data-action="publish"]', 'published');
	expect(readdirSync(pub).length).toBe(tables.length);
	await importFolder(pub, join(dir, 'published.duckdb'));
	await imported.exec(`ATTACH '${join(dir, 'published.duckdb')}' AS pub (READ_ONLY)`);
	for (const t of tables) {
		const [d] = await imported.query(
			`SELECT (SELECT count(*) FROM (SELECT * FROM "${t.name}" EXCEPT ALL SELECT * FROM pub."${t.name}"))
  + (SELECT count(*) FROM (SELECT * FROM pub."${t.name}" EXCEPT ALL SELECT * FROM "${t.name}")) AS n,
  (SELECT count(*) FROM "${t.name}") AS rows`
		);
		expect(d!.n, t.name).toBe(0);
		if (t.name === 'events') expect(d!.rows).toBeGreaterThan(0);
	}
	await imported.exec('DETACH pub');
}

describe('import page in Chromium', () => {
	it('imports the CSVs and an .xlsx, shows the overview equal to native DuckDB, and keeps it over a reload', async () => {
		const { page, errors, external } = await openPage(site, 'import/');
		await page.setInputFiles('input[name="import-files"]', uploadFiles());
		await page.waitForSelector('[data-import-status="done"], [data-import-status="problems"]', {
			timeout: 120_000
		});
		expect(await page.locator('[data-problem]').count()).toBe(0);
		expect(await page.getAttribute('[data-import-file="events.xlsx"]', 'data-table')).toBe(
			'events'
		);
		// The table it took the file for, by its label in the page's language and its name.
		expect(await page.textContent('[data-import-file="events.xlsx"] td:nth-child(2)')).toBe(
			'Kegiatan (events)'
		);
		await page.click('[data-action="view-overview"]');
		await expect.poll(() => page.getAttribute('[data-banner]', 'data-banner')).toBe('imported');
		await expectImportedOverview(page);
		await page.reload();
		expect(await page.getAttribute('[data-banner]', 'data-banner')).toBe('imported');
		await expectImportedOverview(page);
		await expectPublishedEqual(page);
		expect(errors).toEqual([]);
		expect(external).toEqual([]);
		await page.context().close();
	});

	it('lists a bad date, an unknown village, a request resolved before it was received (line and column) and zips that are no workbook, and keeps the data in use', async () => {
		const bad = join(dir, 'bad');
		mkdirSync(bad, { recursive: true });
		for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv')))
			writeFileSync(join(bad, f), readFileSync(join(dir, f)));
		const edit = (file: string, line: number, column: string, value: string) => {
			const lines = readFileSync(join(bad, file), 'utf8').split('\n');
			const at = lines[0]!.split(',').indexOf(column);
			const cells = lines[line - 1]!.split(',');
			cells[at] = value;
			lines[line - 1] = cells.join(',');
			writeFileSync(join(bad, file), lines.join('\n'));
			return at + 1;
		};
		const dateCol = edit('events.csv', 3, 'date', '2025-02-31');
		const villageCol = edit('aid_distributions.csv', 4, 'village_code', '35.99.99.9999');
		// A rule between the cells of one row: a request resolved before it was received.
		const requests = readFileSync(join(bad, 'requests.csv'), 'utf8').split('\n');
		const [receivedAt, resolvedAt] = ['received_at', 'resolved_at'].map((c) =>
			requests[0]!.split(',').indexOf(c)
		);
		const requestLine = requests.findIndex((l, i) => i > 0 && l.split(',')[resolvedAt!]) + 1;
		const received = requests[requestLine - 1]!.split(',')[receivedAt!]!;
		const resolvedCol = edit('requests.csv', requestLine, 'resolved_at', '2000-01-01T00:00:00');
		// A zip that is no workbook and a damaged workbook: problems of their own files.
		writeFileSync(join(bad, 'foto.zip'), zipSync({ 'foto.jpg': strToU8('not a picture') }));
		const book = writeXlsx([{ name: 'events', rows: [['event_id'], ['E1']] }]);
		writeFileSync(join(bad, 'rusak.xlsx'), book.slice(0, book.length >> 1));

		const { page, errors } = await openPage(site);
		const before = await kpis(page);
		await page.click('nav a[href*="/import/"]');
		// One drop lists both: the bad date (its own check) and the unknown village (between tables).
		const found = await dropAndLocate(page, bad);
		expect(found).toContainEqual(['events.csv', 3, dateCol]);
		expect(found).toContainEqual(['aid_distributions.csv', 4, villageCol]);
		expect(found).toContainEqual(['requests.csv', requestLine, resolvedCol]);
		// Each kind is worded in the page's language (Indonesian by default), details built from
		// codes too.
		expect(await page.textContent('[data-problem-kinds] [data-kind="type"]')).toContain(
			idImport.problem_type
		);
		expect(
			await page.textContent('[data-problem][data-file="aid_distributions.csv"] [data-detail]')
		).toBe(idImport.detail_unknown_region.replace('{key}', '35.99.99.9999'));
		// Row-level details too: the bad date in Indonesian.
		expect(await page.textContent('[data-problem][data-file="events.csv"] [data-detail]')).toBe(
			idImport.detail_not_day.replace('{value}', '"2025-02-31"')
		);
		// And the rule between cells: 'tanggal selesai (resolved_at) … lebih awal dari …'.
		expect(await page.textContent('[data-problem][data-file="requests.csv"] [data-detail]')).toBe(
			fill(idImport.detail_resolved_before_received, {
				resolved: '2000-01-01T00:00:00',
				received
			})
		);
		for (const [file, words] of [
			['foto.zip', idImport.detail_not_workbook],
			['rusak.xlsx', idImport.detail_workbook_damaged]
		])
			expect(await page.textContent(`[data-problem][data-file="${file}"] [data-detail]`)).toBe(
				words
			);
		expect(await page.locator('[data-skipped]').count()).toBe(0);
		expect(await seriousViolations(page)).toEqual([]);
		await page.click('nav a:first-child');
		expect(await page.getAttribute('[data-banner]', 'data-banner')).toBe('demo');
		expect(await kpis(page)).toEqual(before);
		expect(errors).toEqual([]);
		await page.context().close();
	});
	it('reads a large file in parts side by side, with every problem at its own line', async () => {
		// requests.csv copied over past the size read in parts (16 MiB), ids kept distinct.
		const big = join(dir, 'big');
		mkdirSync(big, { recursive: true });
		for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv')))
			writeFileSync(join(big, f), readFileSync(join(dir, f)));
		const [header, ...rows] = readFileSync(join(dir, 'requests.csv'), 'utf8').trimEnd().split('\n');
		const lines = [header!];
		for (let k = 0, size = 0; size < 17 << 20; k++)
			for (const r of rows) {
				lines.push(r.replace(/^([^,]*)/, `$1-${k}`));
				size += lines.at(-1)!.length + 2;
			}
		const cols = header!.split(',');
		const bad = (line: number, column: string, value: string) => {
			const cells = lines[line - 1]!.split(',');
			cells[cols.indexOf(column)] = value;
			lines[line - 1] = cells.join(',');
			return ['requests.csv', line, cols.indexOf(column) + 1];
		};
		const early = bad(Math.floor(lines.length / 5), 'status', 'lost');
		const late = bad(Math.floor((lines.length * 4) / 5), 'received_at', '2025-13-01T08:00:00');
		writeFileSync(join(big, 'requests.csv'), lines.join('\r\n') + '\r\n');
		const { page, errors } = await openPage(site, 'import/');
		const workers: string[] = [];
		page.on('worker', (w) => workers.push(w.url()));
		const found = await dropAndLocate(page, big);
		expect(found).toEqual([early, late]);
		// With three cores or more, the later parts were read by workers of their own.
		const cores = await page.evaluate(() => navigator.hardwareConcurrency);
		expect(workers.filter((u) => u.includes('part-worker')).length).toBe(
			Math.max(0, Math.min(cores - 1, 2) - 1)
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});
	it('offers the CSV templates as a download, and they import as they are', async () => {
		const { page, errors } = await openPage(site, 'import/');
		const folder = await downloadZip(page, '[data-action="templates"]', 'templates');
		expect(readdirSync(folder).sort()).toEqual(tables.map((t) => `${t.name}.csv`).sort());
		for (const f of readdirSync(folder))
			expect(readFileSync(join(folder, f), 'utf8'), f).toBe(
				readFileSync(join('data/templates', f), 'utf8')
			);
		await dropClean(page, folder);
		expect(await page.getAttribute('[data-import-status]', 'data-import-status')).toBe('done');
		// One name twice (events.csv from two folders): a problem of the file, both listed.
		const again = join(folder, 'again');
		mkdirSync(again);
		copyFileSync(join(folder, 'events.csv'), join(again, 'events.csv'));
		const csvs = readdirSync(folder).filter((f) => f.endsWith('.csv'));
		await page.setInputFiles('input[name="import-files"]', [
			...csvs.map((f) => join(folder, f)),
			join(again, 'events.csv')
		]);
		await page.waitForSelector('[data-import-status="problems"]', { timeout: 120_000 });
		expect(await page.locator('[data-import-file="events.csv"]').count()).toBe(2);
		expect(await page.locator('[data-problem]').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});
	it('drops personal columns before DuckDB and the zip, checks regions against the data in use, and removes the data when asked', async () => {
		const folder = join(dir, 'personal');
		mkdirSync(folder, { recursive: true });
		for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv') && x !== 'regions.csv'))
			writeFileSync(join(folder, f), readFileSync(join(dir, f)));
		// Personal columns as an export from a registration sheet would carry them.
		const personal = ['NIK', 'Nama', 'No. HP', 'Alamat'];
		const lines = readFileSync(join(folder, 'requests.csv'), 'utf8').trimEnd().split('\n');
		writeFileSync(
			join(folder, 'requests.csv'),
			lines
				.map((l, i) =>
					i === 0
						? `${l},${personal.join(',')}`
						: `${l},${String(3514010101900000 + i)},Warga ${i},0812${String(i).padStart(8, '0')},Jl. Mawar ${i}`
				)
				.join('\n')
		);
		const { page, errors } = await openPage(site, 'import/');
		await page.waitForSelector('[data-banner]');
		await dropClean(page, folder);
		const named = (await page.textContent('[data-personal="requests.csv"]')) ?? '';
		for (const c of personal) expect(named).toContain(c);
		// The regions of the data in use (the demo data) stood in for the missing regions.csv.
		const [regions] = await site.native.query('SELECT count(*)::INTEGER AS n FROM regions');
		expect(Number(await page.getAttribute('[data-regions-current]', 'data-regions-current'))).toBe(
			regions!.n
		);
		expect(await seriousViolations(page)).toEqual([]);

		const columns = (
			await engineQuery(page, 'SELECT table_name, column_name FROM information_schema.columns')
		).map((r) => `${r.table_name}.${r.column_name}`);
		expect(columns).toContain('requests.request_id');
		const folded = ['nik', 'nama', 'no_hp', 'alamat'];
		expect(columns.filter((c) => folded.some((p) => c.toLowerCase().includes(p)))).toEqual([]);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.click('[data-action="publish"]')
		]);
		const zip = unzipSync(await downloadBytes(download));
		const requests = new TextDecoder().decode(zip['jemput-bola-data/requests.csv']);
		expect(requests.split('\n')[0]).toBe(
			Object.keys(tables.find((t) => t.name === 'requests')!.columns).join(',')
		);
		expect(requests).not.toMatch(/Warga 1\b|Jl\. Mawar|3514010101900001/);
		expect(Object.keys(zip)).toContain('jemput-bola-data/regions.csv');

		// Removing asks first: dismissed, nothing changes; confirmed, the site's data is back and
		// the page forgets the run (its files' table is gone).
		const dismissed = page.waitForEvent('dialog').then((d) => d.dismiss());
		await page.click('[data-action="remove-import"]');
		await dismissed;
		await page.waitForTimeout(1000);
		expect(await page.getAttribute('[data-banner]', 'data-banner')).toBe('imported');
		expect(await page.locator('[data-import-file]').count()).toBeGreaterThan(0);
		page.once('dialog', (d) => {
			expect(d.message()).toBe(messages.id.import_remove_confirm);
			void d.accept();
		});
		await page.click('[data-action="remove-import"]');
		await expect.poll(() => page.getAttribute('[data-banner]', 'data-banner')).toBe('demo');
		await expect.poll(() => page.locator('[data-import-file]').count()).toBe(0);
		expect(await page.getAttribute('[data-import-status]', 'data-import-status')).toBe('idle');
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
