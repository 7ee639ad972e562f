import type * as duckdb from '@duckdb/duckdb-wasm';
import { buildDataSql } from '$lib/queries/build-data';
import type { Table } from '$lib/schema/define';
import { loadCsvSql } from '$lib/schema/ddl';
import type { CsvSource } from './duckdb';
import { report } from './load-report';
import { rowsOf } from './rows';

/**
 * Builds the imported rows into in-memory tables named as in the data file (catalog `alias`): Arrow
 * streams are inserted as they are, as tables of `alias` (duckdb-wasm takes their buffers over), CSVs
 * are registered as files for `load`.
 */
export async function buildImport(
	db: duckdb.AsyncDuckDB,
	conn: duckdb.AsyncDuckDBConnection,
	source: CsvSource,
	alias: string
): Promise<void> {
	const csvPath = (t: string) => `import/${t}.csv`;
	const files = Object.entries(source.csv ?? {}).map(([t, b]) => [csvPath(t), b] as const);
	await conn.query(`ATTACH ':memory:' AS ${alias}; USE ${alias}`);
	let loaded = 0;
	const created = new Set<string>();
	for await (const { name, bytes } of source.arrow ?? []) {
		loaded += bytes.byteLength;
		await conn.insertArrowFromIPCStream(bytes, { name, create: !created.has(name) });
		created.add(name);
		report('data', { loaded, total: null, done: false });
	}
	for (const [name, bytes] of files) {
		loaded += bytes.byteLength;
		await db.registerFileBuffer(name, bytes);
		report('data', { loaded, total: null, done: false });
	}
	report('data', { loaded, total: loaded, done: true });
	performance.mark('jb:import-registered');
	await source.check?.(rowsOf(conn));
	const load = source.load ?? ((t: Table) => loadCsvSql(t, csvPath(t.name)));
	for (const sql of buildDataSql(load, source.meta)) {
		const start = performance.now();
		await conn.query(sql);
		// `jb:build:<statement's start>`: where the build's time goes (bench:import lists them).
		performance.measure(`jb:build:${sql.replace(/\s+/g, ' ').slice(0, 60)}`, { start });
	}
	for (const [name] of files) await db.dropFile(name);
}
