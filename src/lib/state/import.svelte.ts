import { byName, type CheckResult } from '$lib/import/browser/check-files';
import { checkInWorker, type RunningCheck } from '$lib/import/browser/client';
import type { CheckProgress } from '$lib/import/browser/protocol';
import {
	checkTablesInDuckDb,
	TableProblems,
	type Query
} from '$lib/import/browser/relations-check';
import { loadFromStageSql, stageName } from '$lib/import/relations';
import { CsvRows } from '$lib/import/browser/staged-csv';
import { PartQueue } from '$lib/import/browser/part-queue';
import { currentRegionsQuery } from '$lib/queries/import-regions';
import { browserMemory, memoryVerdict, type MemoryVerdict } from '$lib/import/browser/memory-guard';
import { saveImport, type StoredImport } from '$lib/import/browser/store';
import type { CsvSource } from '$lib/db/duckdb';
import { engine, importMeta } from './engine.svelte';

/** The regions of the data in use as a clean CSV, for files that bring none (else undefined). */
async function currentRegions(): Promise<Uint8Array | undefined> {
	const db = engine.db;
	if (!db) return undefined;
	const q = currentRegionsQuery();
	const rows = await db.query(q.sql, q.params).catch(() => null);
	if (!rows?.length) return undefined;
	const table = byName('regions');
	const csv = new CsvRows(table);
	const cols = Object.keys(table.columns);
	for (const r of rows) csv.add(cols.map((c) => r[c] as string | number | null));
	return csv.finish();
}

/** The files had problems: nothing is built (the outcome lists them). */
class NotClean extends Error {}

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
		const importedAt = new Date().toISOString();
		// The new engine starts at once, beside the check, and inserts each staged batch as it
		// comes; when a file has a problem (or the check is cancelled) it stops, nothing replaced.
		const parts = new PartQueue();
		const rows: Record<string, Uint8Array[]> = {};
		const running = (this.#running = checkInWorker(
			files,
			(p) => (this.progress = p),
			regions,
			(t, ipc) => {
				(rows[t] ??= []).push(ipc);
				// duckdb-wasm takes over the buffers it is given: it gets copies, the originals are kept.
				parts.push({ name: stageName(t), bytes: ipc.slice() });
			}
		));
		const prepared = running.result.then((outcome) => this.#prepare(running, outcome, importedAt));
		prepared.then(
			() => parts.end(),
			(e: unknown) => parts.fail(e)
		);
		const source: CsvSource = {
			arrow: parts,
			meta: importMeta(importedAt),
			load: loadFromStageSql,
			check: async (query: Query) => {
				const { outcome } = await prepared;
				performance.mark('jb:import-staged');
				const log = await checkTablesInDuckDb(query, outcome.files_of);
				performance.mark('jb:import-related');
				// Rows with problems of their own were left out: nothing is built either way.
				if (log.size || !outcome.staged) throw new TableProblems(log, outcome);
			}
		};
		const info = prepared.then((p) => p.info);
		// Awaited by the engine once it has started; a check that fails first is no unhandled error.
		info.catch(() => undefined);
		try {
			await engine.replace(source, info);
			performance.mark('jb:import-built');
			this.kept = await saveImport(await info, rows).catch(() => false);
			performance.mark('jb:import-kept');
			this.seconds = (performance.now() - started) / 1000;
			this.status = 'done';
		} catch (e) {
			if (running !== this.#running || e instanceof NotClean) return;
			if (e instanceof TableProblems) {
				// The file-by-file problems, then those between tables, all in one list.
				const counts = { ...e.outcome.counts };
				for (const [k, n] of e.log.counts) counts[k] = (counts[k] ?? 0) + n;
				this.outcome = {
					...e.outcome,
					staged: null,
					problems: [...e.outcome.problems, ...e.log.kept],
					counts
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

	/**
	 * Takes the worker's outcome: shows it and hands on what to build when every file is clean, or
	 * hands it on for the checks between tables when some rows failed (nothing is built then).
	 */
	#prepare(running: RunningCheck, outcome: CheckResult, importedAt: string) {
		if (running !== this.#running) throw new Error('cancelled');
		performance.mark('jb:import-checked');
		const staged = outcome.staged ?? {};
		if (!outcome.staged && !outcome.between) {
			this.outcome = outcome;
			this.status = 'problems';
			throw new NotClean();
		}
		// With problems in the files, the checks between tables still run (on the rows that
		// passed) before any problem is shown, so every problem is listed at once.
		if (outcome.staged) {
			this.outcome = outcome;
			this.status = 'building';
		}
		const info: StoredImport = {
			importedAt,
			files: outcome.files.map((f) => ({ name: f.file, table: f.table ?? '', rows: f.rows })),
			tables: Object.keys(staged),
			format: 'arrow',
			parts: {}
		};
		return { info, outcome };
	}

	/** Stops a running check; the data in use is untouched. */
	cancel(): void {
		this.#running?.cancel();
	}

	/** Forgets the last run's outcome (its files' table and problems), as after removing its data. */
	clear(): void {
		this.cancel();
		this.#running = null;
		this.status = 'idle';
		this.outcome = null;
		this.tooBig = null;
	}
}

/** The app's import run. */
export const importRun = new ImportRun();
