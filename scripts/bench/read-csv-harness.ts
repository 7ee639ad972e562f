import * as duckdb from '@duckdb/duckdb-wasm';

// The yardstick of the import benchmark: duckdb-wasm's own read_csv of a chosen file, no checks,
// with the bundle the site uses in Chromium (eh). Served by import.ts on a routed origin.
declare const window: Window & { jbReadCsv: unknown };

/** Reads the file of the page's input into a table; times the bytes' read and the read_csv. */
async function readCsv(): Promise<{ rows: number; fileMs: number; readCsvMs: number }> {
	const file = document.querySelector('input')!.files![0]!;
	const db = new duckdb.AsyncDuckDB(
		new duckdb.VoidLogger(),
		new Worker('/duckdb-browser-eh.worker.js')
	);
	await db.instantiate('/duckdb-eh.wasm');
	await db.open({ query: { castBigIntToDouble: true } });
	const conn = await db.connect();
	const t0 = performance.now();
	await db.registerFileBuffer('input.csv', new Uint8Array(await file.arrayBuffer()));
	const t1 = performance.now();
	await conn.query(`CREATE TABLE input AS SELECT * FROM read_csv('input.csv')`);
	const t2 = performance.now();
	const n = (await conn.query('SELECT count(*)::INTEGER AS n FROM input')).toArray()[0]!.n;
	await db.terminate();
	return { rows: Number(n), fileMs: t1 - t0, readCsvMs: t2 - t1 };
}

window.jbReadCsv = readCsv;
