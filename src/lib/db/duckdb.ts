import * as duckdb from '@duckdb/duckdb-wasm';
import type { Row, SqlParam } from '../sql';
import { buildImport } from './build-import';
import { prepareEngine, takeWorker } from './engine-code';
import { report, reportDone, restartReport } from './load-report';
import { inlineParams } from './inline';
import { ResultCache } from './result-cache';
import type { Table } from '$lib/schema/define';
import { arrowToRows, rowsOf } from './rows';
import { asDataFault, fetchData, isMissingTable } from './data-file';
import { NO_WASM_URL, postWasmModule } from './wasm';
import { firstTierTables, moreTierTables, verifyData } from './verify';
import { attachMoreSql, MORE_ALIAS } from '$lib/queries/data-tiers';

export { onLoadProgress } from './load-report';
export { prepareEngine } from './engine-code';

/** The one door to the database: every other module uses only this. */
export interface Connector {
	/**
	 * Runs a query. One whose `signal` is aborted before its turn is skipped (rejects); `label`
	 * names the `jb:sql:<label>` measure of its time in the worker.
	 */
	query(sql: string, params?: SqlParam[], opts?: QueryOptions): Promise<Row[]>;
	exec(sql: string): Promise<void>;
}

/** Options of one query. */
export interface QueryOptions {
	signal?: AbortSignal;
	label?: string;
}

/**
 * What the connector keeps of recent results: a page's statements return dozens to a few
 * thousand rows (the map's villages); 64 statements and 200,000 rows in all is a few MB.
 */
const CACHE_LIMITS = { entries: 64, rows: 200_000 };

/** Name of the attached demo database inside DuckDB. */
export const DATA_ALIAS = 'jb';

/**
 * Where the data comes from: the site's data file, or clean CSVs (one per contract table) that
 * the browser import checked; those are built into tables inside duckdb-wasm.
 */
export type DataSource = FileSource | CsvSource;

/** The browser import's clean rows (CSVs, or Arrow tables), built into tables inside duckdb-wasm. */
export interface CsvSource {
	/** Clean CSVs per contract table, loaded with `load`. */
	csv?: Record<string, Uint8Array>;
	/**
	 * Arrow IPC streams, inserted first into the table of their name (catalog `jb`; the first
	 * creates it), taken as they come: the import worker may still be reading the rest.
	 */
	arrow?: AsyncIterable<{ name: string; bytes: Uint8Array }>;
	meta: Record<string, string>;
	/** Runs before the tables are built; a throw stops the build (nothing is replaced). */
	check?: (query: (sql: string) => Promise<Row[]>) => Promise<void>;
	/** Loads one contract table (default: the native writer's `loadCsvSql` of its CSV). */
	load?: (t: Table) => string;
}

/** The site's data: the compact analytics files (the full file is never read by the dashboard). */
export interface FileSource {
	/** The compact analytics file (gzipped or not), downloaded whole. */
	url: string;
	/** Its size in bytes, for the progress bar when the host sends no Content-Length. */
	bytes?: number;
	/** The second analytics file (`data-tiers.ts`), downloaded after the engine and attached later. */
	more?: { url: string; bytes?: number };
}

/** Name of the second analytics file in duckdb-wasm's file system. */
const MORE_FILE = 'jemput-bola-more.duckdb';

let started: Promise<Connector> | null = null;
let worker: Worker | null = null;

/** Starts duckdb-wasm and loads the data once; every caller shares the same promise. */
export function connect(source: DataSource): Promise<Connector> {
	started ??= start(source).then(
		(s) => {
			worker = s.worker;
			return s.connector;
		},
		(e: unknown) => {
			started = null;
			throw e;
		}
	);
	return started;
}

/**
 * Starts a second engine on `source` and, only once it is loaded, puts it in place of the one in
 * use (which is then stopped). On failure the data in use stays as it was. `source` may still be
 * on its way (an import being checked): the engine starts at once and takes the CSVs when they
 * come; if they never do (the promise rejects), the new engine is stopped.
 */
export async function replaceData(source: DataSource | Promise<CsvSource>): Promise<Connector> {
	const next = await start(source);
	worker?.terminate();
	worker = next.worker;
	started = Promise.resolve(next.connector);
	return next.connector;
}

async function start(
	source: DataSource | Promise<CsvSource>
): Promise<{ connector: Connector; worker: Worker }> {
	restartReport();
	// The data download does not need the engine: both run side by side. Progress counts the
	// bytes that travel (compressed), not the decoded size.
	const file = !(source instanceof Promise) && 'url' in source ? source : null;
	const data = file
		? fetchData(file.url, file.bytes, (loaded, total, done) =>
				report('data', { loaded, total, done })
			).then((bytes) => (performance.mark('jb:data-fetched'), bytes))
		: Promise.resolve(null);
	data.catch(() => undefined); // awaited below; keeps an early failure from being unhandled

	const { bundle, module } = await prepareEngine();
	// The second analytics file travels once the wasm is in, so it does not slow the engine down.
	const moreFile = file?.more;
	const more = moreFile
		? module.then(() => fetchData(moreFile.url, moreFile.bytes, () => undefined))
		: Promise.resolve(null);
	more.catch(() => undefined); // awaited when attached
	const worker = takeWorker(bundle);
	try {
		return { connector: await open(bundle, worker, module, source, data, more), worker };
	} catch (e) {
		worker.terminate();
		throw e;
	}
}

async function open(
	bundle: duckdb.DuckDBBundle,
	worker: Worker,
	module: Promise<WebAssembly.Module>,
	pending: DataSource | Promise<CsvSource>,
	data: Promise<Uint8Array | null>,
	more: Promise<Uint8Array | null>
): Promise<Connector> {
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	postWasmModule(worker, await module);
	performance.mark('jb:wasm-compiled');
	await db.instantiate(NO_WASM_URL, bundle.pthreadWorker);
	await db.open({
		query: { castBigIntToDouble: true, castDecimalToDouble: true },
		// No file is registered by URL today; one would be read whole from a host without Range.
		filesystem: { allowFullHTTPReads: true }
	});
	const conn = await db.connect();
	// Extensions are never downloaded: a query that needs one must fail loudly, not hang.
	await conn.query(
		`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false`
	);
	reportDone('engine');
	performance.mark('jb:engine-ready');

	const source = await pending;
	const bytes = await data;
	if (bytes) {
		await db.registerFileBuffer('jemput-bola.duckdb', bytes);
		// The pages trust the data only once it attached and its tables and format fingerprint are
		// checked; a file that cannot be read that far is damaged or cut short.
		await (async () => {
			await conn.query(
				`ATTACH 'jemput-bola.duckdb' AS ${DATA_ALIAS} (READ_ONLY); USE ${DATA_ALIAS}`
			);
			await verifyData(rowsOf(conn), DATA_ALIAS, firstTierTables);
		})().catch(asDataFault);
	} else if (!('url' in source)) await buildImport(db, conn, source, DATA_ALIAS);
	performance.mark('jb:data-attached');
	report('attach', { loaded: 0, total: null, done: true });

	// The worker runs one query at a time: a queue here lets a query that went stale while it
	// waited be skipped before it reaches the worker. With nothing queued, a query is posted at
	// once, so the worker computes while this thread renders the rest of the change.
	let queue: Promise<unknown> = Promise.resolve();
	let queued = 0;
	const serial = <T>(fn: () => Promise<T>): Promise<T> => {
		const next = queued === 0 ? fn() : queue.then(fn, fn);
		queued++;
		queue = next.then(
			() => void queued--,
			() => void queued--
		);
		return next;
	};
	const hasMore = 'url' in source && source.more !== undefined;
	// The second analytics file is attached when it arrives, between two queries.
	let moreIn = !hasMore;
	const moreReady = more.then(async (bytes) => {
		if (bytes)
			await serial(async () => {
				await db.registerFileBuffer(MORE_FILE, bytes);
				await conn.query(attachMoreSql(MORE_FILE, DATA_ALIAS));
				await verifyData(rowsOf(conn), MORE_ALIAS, moreTierTables);
			}).catch(asDataFault);
		moreIn = true;
		performance.mark('jb:more-attached');
	});
	moreReady.catch(() => undefined); // a query that needs it gets the fault
	// Results of recent statements: a filter state seen before is answered at once.
	const cache = new ResultCache(CACHE_LIMITS);
	const run = (text: string, opts: QueryOptions) =>
		serial(async () => {
			// A newer run of the same view replaced this one while it waited: don't run it.
			opts.signal?.throwIfAborted();
			const start = performance.now();
			const table = await conn.query(text);
			const converted = performance.now();
			const rows = cache.set(text, arrowToRows(table));
			const end = performance.now();
			const label = opts.label ?? 'query';
			performance.measure(`jb:rows:${label}`, { start: converted, end });
			performance.measure(`jb:sql:${label}`, { start, end });
			return rows;
		});
	return {
		// Plain SQL with inlined literals: re-planning prepared statements costs more than the query.
		// A query over a table of the second analytics file, before it is in, runs again once it is.
		query: async (sql, params = [], opts = {}) => {
			const text = inlineParams(sql, params);
			const start = performance.now();
			const kept = cache.get(text);
			if (kept) {
				const label = opts.label ?? 'query';
				const at = { start, end: performance.now(), detail: { cached: true } };
				performance.measure(`jb:rows:${label}`, at);
				performance.measure(`jb:sql:${label}`, at);
				return kept;
			}
			try {
				return await run(text, opts);
			} catch (e) {
				if (moreIn || !isMissingTable(e)) throw e;
				await moreReady;
				return run(text, opts);
			}
		},
		exec: (sql) =>
			serial(async () => {
				cache.clear();
				await conn.query(sql);
			})
	};
}
