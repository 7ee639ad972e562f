import * as duckdb from '@duckdb/duckdb-wasm';
import { NO_WASM_URL, postWasmModule } from './wasm';

/** One engine in its worker, opened and connected. */
export interface Instance {
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
}

/**
 * Opens duckdb-wasm in `worker` from the compiled `module` (posted, never downloaded again):
 * numbers as JS numbers, and extensions never downloaded (a query that needs one fails loudly
 * instead of hanging).
 */
export async function openInstance(
	bundle: duckdb.DuckDBBundle,
	worker: Worker,
	module: WebAssembly.Module
): Promise<Instance> {
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	postWasmModule(worker, module);
	await db.instantiate(NO_WASM_URL, bundle.pthreadWorker);
	await db.open({
		query: { castBigIntToDouble: true, castDecimalToDouble: true },
		// No file is registered by URL today; one would be read whole from a host without Range.
		filesystem: { allowFullHTTPReads: true }
	});
	const conn = await db.connect();
	await conn.query(
		`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false`
	);
	return { db, conn };
}
