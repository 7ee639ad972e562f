import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSmall } from './test-db';

interface WasmConnection {
	query(sql: string): { toArray(): { toJSON(): Record<string, unknown> }[] };
}
interface WasmDb {
	instantiate(): Promise<void>;
	registerFileBuffer(name: string, buf: Uint8Array): void;
	connect(): WasmConnection;
}

let dir: string;
let out: string;

beforeAll(async () => {
	const g = await generateSmall(3);
	g.close();
	({ dir } = g);
	out = g.result.out;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('storage version', () => {
	it('the file attaches read-only in the duckdb-wasm the site ships', async () => {
		const require = createRequire(import.meta.url);
		const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
		const wasm = require(join(dist, 'duckdb-node-blocking.cjs'));
		const bundles = {
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		};
		const db: WasmDb = await wasm.createDuckDB(bundles, new wasm.VoidLogger(), wasm.NODE_RUNTIME);
		await db.instantiate();
		db.registerFileBuffer('demo.duckdb', new Uint8Array(readFileSync(out)));
		const con = db.connect();
		con.query(`ATTACH 'demo.duckdb' AS jb (READ_ONLY)`);
		const [row] = con.query('SELECT count(*)::INTEGER AS n FROM jb.requests').toArray();
		expect(row!.toJSON().n).toBe(100_000);
	});
});
