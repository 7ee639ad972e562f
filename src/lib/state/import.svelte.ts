import { checkInWorker, type CheckOutcome, type RunningCheck } from '$lib/import/browser/client';
import type { CheckProgress } from '$lib/import/browser/protocol';
import { removeImport, saveImport, type StoredImport } from '$lib/import/browser/store';
import { engine, importMeta } from './engine.svelte';

/** Where an import is. */
export type ImportStatus =
	'idle' | 'checking' | 'problems' | 'building' | 'done' | 'cancelled' | 'error';

/** The import page's state: check in a worker, then (only when clean) replace the data in use. */
class ImportRun {
	status = $state<ImportStatus>('idle');
	progress = $state.raw<CheckProgress | null>(null);
	outcome = $state.raw<CheckOutcome | null>(null);
	error = $state<string | null>(null);
	/** Whether the import was kept on this device (OPFS) for the next visit. */
	kept = $state(false);
	#running: RunningCheck | null = null;

	/** Checks `files`; when every file is clean, builds them into DuckDB and shows them. */
	async run(files: File[]): Promise<void> {
		this.cancel();
		this.status = 'checking';
		this.outcome = null;
		this.error = null;
		this.progress = null;
		const running = (this.#running = checkInWorker(files, (p) => (this.progress = p)));
		try {
			const outcome = await running.result;
			if (running !== this.#running) return;
			this.outcome = outcome;
			if (!outcome.csv) {
				this.status = 'problems';
				return;
			}
			this.status = 'building';
			const info: StoredImport = {
				importedAt: new Date().toISOString(),
				files: outcome.files.map((f) => ({ name: f.file, table: f.table ?? '', rows: f.rows })),
				tables: Object.keys(outcome.csv)
			};
			// Kept first: duckdb-wasm takes the buffers over. A build that fails forgets it again.
			this.kept = await saveImport(info, outcome.csv).catch(() => false);
			await engine
				.replace({ csv: outcome.csv, meta: importMeta(info.importedAt) }, info)
				.catch(async (e: unknown) => {
					if (this.kept) await removeImport();
					throw e;
				});
			this.status = 'done';
		} catch (e) {
			if (running !== this.#running) return;
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
