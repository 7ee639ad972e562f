import { byName, type CheckResult } from '$lib/import/browser/check-files';
import { checkInWorker, type RunningCheck } from '$lib/import/browser/client';
import type { CheckProgress } from '$lib/import/browser/protocol';
import { checkTablesInDuckDb, TableProblems } from '$lib/import/browser/relations-check';
import { loadFromStageSql } from '$lib/import/relations';
import { StagedRows } from '$lib/import/browser/staged';
import { currentRegionsQuery } from '$lib/queries/import-regions';
import { browserMemory, memoryVerdict, type MemoryVerdict } from '$lib/import/browser/memory-guard';
import { saveImport, type StoredImport } from '$lib/import/browser/store';
import { engine, importMeta } from './engine.svelte';

/** The regions of the data in use as a clean CSV, for files that bring none (else undefined). */
async function currentRegions(): Promise<Uint8Array | undefined> {
	const db = engine.db;
	if (!db) return undefined;
	const q = currentRegionsQuery();
	const rows = await db.query(q.sql, q.params).catch(() => null);
	if (!rows?.length) return undefined;
	const table = byName('regions');
	const staged = new StagedRows(table);
	const cols = Object.keys(table.columns);
	rows.forEach((r, i) =>
		staged.add(
			cols.map((c) => r[c] as string | number | null),
			i + 2
		)
	);
	return staged.finish().csv;
}

/** Where an import is. */
export type ImportStatus =
	'idle' | 'checking' | 'problems' | 'building' | 'done' | 'cancelled' | 'error' | 'too-big';

/** The import page's state: check in a worker, then (only when clean) replace the data in use. */
class ImportRun {
	status = $state<ImportStatus>('idle');
	progress = $state.raw<CheckProgress | null>(null);
	outcome = $state.raw<CheckResult | null>(null);
	error = $state<string | null>(null);
	/** Whether the import was kept on this device (OPFS) for the next visit. */
	kept = $state(false);
	/** Seconds from the drop to the data in use. */
	seconds = $state<number | null>(null);
	/** Why the files were not read: more than this browser's memory can take. */
	tooBig = $state.raw<Extract<MemoryVerdict, { ok: false }> | null>(null);
	#running: RunningCheck | null = null;

	/** Checks `files`; when every file and table is clean, builds them into DuckDB and shows them. */
	async run(files: File[]): Promise<void> {
		this.cancel();
		const started = performance.now();
		performance.mark('jb:import-start');
		const verdict = memoryVerdict(files, browserMemory());
		this.tooBig = verdict.ok ? null : verdict;
		if (!verdict.ok) {
			this.status = 'too-big';
			return;
		}
		this.status = 'checking';
		this.outcome = null;
		this.error = null;
		this.progress = null;
		this.seconds = null;
		const regions = await currentRegions();
		const running = (this.#running = checkInWorker(files, (p) => (this.progress = p), regions));
		try {
			const outcome = await running.result;
			if (running !== this.#running) return;
			this.outcome = outcome;
			performance.mark('jb:import-checked');
			const staged = outcome.staged;
			if (!staged) {
				this.status = 'problems';
				return;
			}
			this.status = 'building';
			const info: StoredImport = {
				importedAt: new Date().toISOString(),
				files: outcome.files.map((f) => ({ name: f.file, table: f.table ?? '', rows: f.rows })),
				tables: Object.keys(staged)
			};
			const csv = Object.fromEntries(Object.entries(staged).map(([t, s]) => [t, s.csv]));
			// duckdb-wasm takes over the buffers it is given: it gets copies, the originals are kept.
			await engine.replace(
				{
					csv: Object.fromEntries(Object.entries(csv).map(([t, b]) => [t, b.slice()])),
					lines: Object.fromEntries(Object.entries(staged).map(([t, s]) => [t, s.lines])),
					meta: importMeta(info.importedAt),
					load: loadFromStageSql,
					check: async (query, path) => {
						const log = await checkTablesInDuckDb(query, path, outcome.files_of);
						performance.mark('jb:import-related');
						if (log.size) throw new TableProblems(log);
					}
				},
				info
			);
			performance.mark('jb:import-built');
			this.kept = await saveImport(info, csv).catch(() => false);
			performance.mark('jb:import-kept');
			this.seconds = (performance.now() - started) / 1000;
			this.status = 'done';
		} catch (e) {
			if (running !== this.#running) return;
			if (e instanceof TableProblems && this.outcome) {
				this.outcome = {
					...this.outcome,
					staged: null,
					problems: e.log.kept,
					counts: Object.fromEntries(e.log.counts)
				};
				this.status = 'problems';
				return;
			}
			const message = e instanceof Error ? e.message : String(e);
			this.status = message === 'cancelled' ? 'cancelled' : 'error';
			this.error = message;
		} finally {
			if (running === this.#running) this.#running = null;
		}
	}

	/** Stops a running check; the data in use is untouched. */
	cancel(): void {
		this.#running?.cancel();
	}
}

/** The app's import run. */
export const importRun = new ImportRun();
