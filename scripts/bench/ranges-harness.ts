import * as duckdb from '@duckdb/duckdb-wasm';
import { compileWasm, engineWorker, NO_WASM_URL, postWasmModule } from '../../src/lib/db/wasm.ts';
import { fetchWithProgress } from '../../src/lib/db/progress.ts';
import { rowsOf } from '../../src/lib/db/rows.ts';
import { firstTierTables, moreTierTables, verifyData } from '../../src/lib/db/verify.ts';
import { attachMoreSql } from '../../src/lib/queries/data-tiers.ts';

// The page of `npm run bench:ranges`: starts duckdb-wasm as the dashboard does (the wasm compiled
// while it downloads, the same worker and settings), attaches the analytics files one of two
// ways, runs the dashboard's statements and marks each step for the driver (`ranges.ts`).

/** What the driver hands the page (an init script sets `window.__jbRanges`). */
export interface RangesConfig {
	/** `zst`: download the .zst files, decode, attach from memory; `range`: attach by URL. */
	mode: 'zst' | 'range';
	/**
	 * Open the engine exactly as `duckdb.ts` does, without `forceFullHTTPReads: false`: how the
	 * dashboard's full file was once read (by the map's village panel).
	 */
	asDashboard: boolean;
	wasm: string;
	worker: string;
	/** Source of a worker that decodes zstd (the dashboard's `zstd-worker.ts`, bundled). */
	zstdWorker: string;
	/** URLs of the first and second analytics file (.zst or uncompressed, by `mode`). */
	first: string;
	more: string;
	/** Statements in order: the first view's, then one step per later entry. */
	steps: { name: string; more?: boolean; sql: string[] }[];
}

/** The page's times, ms from navigation start. */
export interface RangesTimes {
	engineReady: number;
	attached: number;
	steps: Record<string, { start: number; end: number }>;
}

declare const window: Window & {
	__jbRanges: RangesConfig;
	__jbRangesDone: RangesTimes | { error: string };
	jbCheckpoint: (name: string) => Promise<void>;
};

/** Decodes zstd in a Web Worker, as `unzstd-off-thread.ts` does for the dashboard. */
function unzstdOffThread(source: string, bytes: Uint8Array): Promise<Uint8Array> {
	const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
	return new Promise<Uint8Array>((resolve, reject) => {
		worker.onmessage = (e: MessageEvent<{ ok?: Uint8Array; error?: string }>) =>
			e.data.ok ? resolve(e.data.ok) : reject(new Error(e.data.error));
		worker.onerror = (e) => reject(new Error(e.message));
		worker.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
	}).finally(() => worker.terminate());
}

async function run(cfg: RangesConfig): Promise<RangesTimes> {
	const fetchZst = async (url: string) =>
		unzstdOffThread(cfg.zstdWorker, await fetchWithProgress(url, () => undefined, null));
	const module = compileWasm(cfg.wasm, () => undefined);
	const worker = engineWorker(cfg.worker);
	// As the dashboard: the first file travels beside the wasm, the second once the wasm is in.
	const first = cfg.mode === 'zst' ? fetchZst(cfg.first) : null;
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	postWasmModule(worker, await module);
	await db.instantiate(NO_WASM_URL);
	// The dashboard's settings, plus `forceFullHTTPReads: false`: without it duckdb-wasm 1.32
	// fetches a file registered by URL whole, with one plain GET, even from a host with ranges.
	const ranged = cfg.asDashboard ? {} : { forceFullHTTPReads: false };
	await db.open({
		query: { castBigIntToDouble: true, castDecimalToDouble: true },
		filesystem: { allowFullHTTPReads: true, ...ranged }
	});
	const conn = await db.connect();
	await conn.query(
		`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false`
	);
	const engineReady = performance.now();
	const attach = async (name: string, url: string, bytes: Promise<Uint8Array> | null) => {
		if (bytes) await db.registerFileBuffer(name, await bytes);
		else {
			const abs = new URL(url, location.href).href; // the engine's worker reads it
			await db.registerFileURL(name, abs, duckdb.DuckDBDataProtocol.HTTP, false);
		}
	};
	await attach('jemput-bola.duckdb', cfg.first, first);
	await conn.query(`ATTACH 'jemput-bola.duckdb' AS jb (READ_ONLY); USE jb`);
	await verifyData(rowsOf(conn), 'jb', firstTierTables);
	const attached = performance.now();
	const steps: RangesTimes['steps'] = {};
	for (const step of cfg.steps) {
		const start = performance.now();
		if (step.more) {
			await attach(
				'jemput-bola-more.duckdb',
				cfg.more,
				cfg.mode === 'zst' ? fetchZst(cfg.more) : null
			);
			await conn.query(attachMoreSql('jemput-bola-more.duckdb', 'jb'));
			await verifyData(rowsOf(conn), 'jb_more', moreTierTables);
		}
		for (const sql of step.sql)
			await conn.query(sql).catch((e: unknown) => {
				throw new Error(`step ${step.name}: ${e instanceof Error ? e.message : String(e)}`);
			});
		steps[step.name] = { start, end: performance.now() };
		await window.jbCheckpoint(step.name);
	}
	return { engineReady, attached, steps };
}

run(window.__jbRanges).then(
	(t) => (window.__jbRangesDone = t),
	(e: unknown) => (window.__jbRangesDone = { error: e instanceof Error ? e.message : String(e) })
);
