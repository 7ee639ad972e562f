import * as duckdb from '@duckdb/duckdb-wasm';
import { searchPathSql } from '$lib/queries/data-tiers';

/** Name of the full file inside DuckDB, once a record-level query attached it. */
const RAW_ALIAS = 'raw';

/**
 * Attaches the full data file on first need: record-level tables live only there. duckdb-wasm
 * reads it by HTTP range requests (whole when a host has no `Range` support); the search path
 * finds its tables after the analytics files'. Returns the memoised attach step.
 */
export function rawAttacher(
	db: duckdb.AsyncDuckDB,
	conn: duckdb.AsyncDuckDBConnection,
	fullUrl: string | undefined,
	searchPath: readonly string[]
): () => Promise<void> {
	let attached: Promise<void> | null = null;
	return () =>
		(attached ??= (async () => {
			if (!fullUrl) throw new Error('no full data file to read record-level rows from');
			await db.registerFileURL('full.duckdb', fullUrl, duckdb.DuckDBDataProtocol.HTTP, false);
			await conn.query(
				`ATTACH 'full.duckdb' AS ${RAW_ALIAS} (READ_ONLY); ${searchPathSql([...searchPath, RAW_ALIAS])}`
			);
		})().catch((e: unknown) => {
			attached = null;
			throw e;
		}));
}
