import * as duckdb from '@duckdb/duckdb-wasm';
import type { Row, Sql, SqlParam } from '../sql';
import { buildImport } from './build-import';
import { prepareEngine, takeWorker } from './engine-code';
import { report, reportDone, restartReport } from './load-report';
import type { Table } from '$lib/schema/define';
import { rowsOf } from './rows';
import { asDataFault, fetchData, isMissingTable } from './data-file';
import { openInstance } from './instance';
import { Lane } from './lane';
import { pool } from './pool';
import { HelperStart, helperWanted } from './helper-engine';
import { whenIdle } from './idle';
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
	/**
	 * Runs a statement ahead of time, when an engine has nothing to do, and keeps its result for
	 * a `query` of the same statement: true when kept (now or before), false when the engines
	 * were busy or the page asked for a statement lately (try again later). Optional: a connector
	 * without it runs statements when asked.
	 */
	prefetch?(sql: string, params?: SqlParam[], opts?: QueryOptions): Promise<boolean>;
	exec(sql: string): Promise<void>;
}

/** Options of one query. */
export interface QueryOptions {
	signal?: AbortSignal;
	label?: string;
	/** The statement as parts that may run side by side (`Sql.parts`). */
	parts?: Sql[];
}

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

/** Names of the analytics files in duckdb-wasm's file system. */
const DATA_FILE = 'jemput-bola.duckdb';
const MORE_FILE = 'jemput-bola-more.duckdb';
const attachDataSql = `ATTACH '${DATA_FILE}' AS ${DATA_ALIAS} (READ_ONLY); USE ${DATA_ALIAS}`;

/** The engines of the data in use: the connector over them, and a way to stop them all. */
interface Engines {
	connector: Connector;
	stop: () => void;
}

let started: Promise<Connector> | null = null;
let stopEngines: (() => void) | null = null;

/** Starts duckdb-wasm and loads the data once; every caller shares the same promise. */
export function connect(source: DataSource): Promise<Connector> {
	started ??= start(source).then(
		(s) => {
			stopEngines = s.stop;
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
	stopEngines?.();
	stopEngines = next.stop;
	started = Promise.resolve(next.connector);
	return next.connector;
}

async function start(source: DataSource | Promise<CsvSource>): Promise<Engines> {
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
		const engines = await open(bundle, worker, module, source, data, more);
		return {
			connector: engines.connector,
			stop: () => {
				engines.stop();
				worker.terminate();
			}
		};
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
): Promise<Engines> {
	const compiled = await module;
	performance.mark('jb:wasm-compiled');
	const { db, conn } = await openInstance(bundle, worker, compiled);
	reportDone('engine');
	performance.mark('jb:engine-ready');

	const source = await pending;
	const bytes = await data;
	// A second engine for the site's data, once the page is in use: each takes its own copy.
	const helper = bytes && helperWanted() ? new HelperStart(bundle, compiled) : null;
	if (bytes) {
		helper?.keep(DATA_FILE, bytes);
		await db.registerFileBuffer(DATA_FILE, bytes);
		// The pages trust the data only once it attached and its tables and format fingerprint are
		// checked; a file that cannot be read that far is damaged or cut short.
		await (async () => {
			await conn.query(attachDataSql);
			await verifyData(rowsOf(conn), DATA_ALIAS, firstTierTables);
		})().catch(asDataFault);
	} else if (!('url' in source)) await buildImport(db, conn, source, DATA_ALIAS);
	performance.mark('jb:data-attached');
	report('attach', { loaded: 0, total: null, done: true });

	const lanes = [new Lane(conn)];
	const hasMore = 'url' in source && source.more !== undefined;
	// The second analytics file is attached when it arrives, between two queries.
	let moreIn = !hasMore;
	const moreReady = more.then(async (bytes) => {
		if (bytes) {
			helper?.keep(MORE_FILE, bytes);
			await lanes[0]!
				.serial(async () => {
					await db.registerFileBuffer(MORE_FILE, bytes);
					await conn.query(attachMoreSql(MORE_FILE, DATA_ALIAS));
					await verifyData(rowsOf(conn), MORE_ALIAS, moreTierTables);
				})
				.catch(asDataFault);
		}
		moreIn = true;
		performance.mark('jb:more-attached');
	});
	moreReady.catch(() => undefined); // a query that needs it gets the fault
	// The helper joins once all the data is in and the page is idle; without it, one lane.
	// If the second file never comes in, neither does the helper (its copies are let go).
	if (helper)
		moreReady.then(
			() =>
				whenIdle(() => {
					const setup = hasMore
						? `${attachDataSql}; ${attachMoreSql(MORE_FILE, DATA_ALIAS)}`
						: attachDataSql;
					helper.open(setup).then(
						(lane) => {
							lanes.push(lane);
							performance.mark('jb:helper-ready');
						},
						() => performance.mark('jb:helper-failed')
					);
				}),
			() => helper.stop()
		);
	const connector = pool(lanes, async (run) => {
		try {
			return await run();
		} catch (e) {
			if (moreIn || !isMissingTable(e)) throw e;
			// A query over a table of the second analytics file, before it is in, runs again once it is.
			await moreReady;
			return run();
		}
	});
	return { connector, stop: () => helper?.stop() };
}
