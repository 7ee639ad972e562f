import * as duckdb from '@duckdb/duckdb-wasm';

/** Name of the full file inside DuckDB, once a record-level query attached it. */
const RAW_ALIAS = 'raw';

/**
 * Attaches the full data file on first need: record-level tables live only there. duckdb-wasm
 * reads it by HTTP range requests (whole when a host has no `Range` support); the search path
 * finds its tables after the analytics file's. Returns the memoised attach step.
 */
export function rawAttacher(
	db: duckdb.AsyncDuckDB,
	conn: duckdb.AsyncDuckDBConnection,
	fullUrl: string | undefined,
	dataAlias: string
): () => Promise<void> {
	let attached: Promise<void> | null = null;
	return () =>
		(attached ??= (async () => {
			if (!fullUrl) throw new Error('no full data file to read record-level rows from');
			await db.registerFileURL('full.duckdb', fullUrl, duckdb.DuckDBDataProtocol.HTTP, false);
			await conn.query(
				`ATTACH 'full.duckdb' AS ${RAW_ALIAS} (READ_ONLY); SET search_path = '${dataAlias}.main,${RAW_ALIAS}.main'`
			);
		})().catch((e: unknown) => {
			attached = null;
			throw e;
		}));
}
