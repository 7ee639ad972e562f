import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepForGlue, stripWasmExports } from './strip-wasm-exports';

/** The part of duckdb-wasm's Node build (`duckdb-node-blocking.cjs`, untyped) this test uses. */
interface NodeBlocking {
	createDuckDB(
		bundles: Record<'mvp' | 'eh', { mainModule: string; mainWorker: string }>,
		logger: unknown,
		runtime: unknown
	): Promise<{
		instantiate(): Promise<unknown>;
		open(config: object): void;
		connect(): {
			query(sql: string): { toArray(): { toJSON(): Record<string, unknown> }[] };
			close(): void;
		};
	}>;
	VoidLogger: new () => unknown;
	NODE_RUNTIME: unknown;
}

/** A module of three exported functions returning 1, 2 and 3: `one`, `two`, `three`. */
function tinyModule(): Uint8Array {
	const name = (s: string) => [s.length, ...new TextEncoder().encode(s)];
	const body = (n: number) => [4, 0, 0x41, n, 0x0b]; // no locals; i32.const n; end
	const exportsSec = [3, ...name('one'), 0, 0, ...name('two'), 0, 1, ...name('three'), 0, 2];
	return Uint8Array.from([
		...[0, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
		...[1, 5, 1, 0x60, 0, 1, 0x7f], // type: () -> i32
		...[3, 4, 3, 0, 0, 0], // three functions of that type
		...[7, exportsSec.length, ...exportsSec],
		...[10, 16, 3, ...body(1), ...body(2), ...body(3)]
	]);
}

describe('stripping the exports of a wasm module', () => {
	it('keeps the exports asked for and leaves the code working', async () => {
		const { bytes, kept, total } = stripWasmExports(tinyModule(), (n) => n !== 'two');
		expect({ kept, total }).toEqual({ kept: 2, total: 3 });
		const m = new WebAssembly.Module(bytes);
		expect(WebAssembly.Module.exports(m).map((e) => e.name)).toEqual(['one', 'three']);
		const { exports } = await WebAssembly.instantiate(m);
		expect((exports.three as () => number)()).toBe(3);
	});

	it('keeps what the glue names, with or without the leading underscore', () => {
		const keep = keepForGlue('var _malloc=a=>wasmExports.malloc(a);x.duckdb_web_open(1)');
		expect(['malloc', 'duckdb_web_open', 'dynCall_vi', '__wasm_call_ctors'].every(keep)).toBe(true);
		expect(keep('_ZN6duckdb9ExceptionD2Ev')).toBe(false);
	});

	it('refuses a file that is not WebAssembly', () => {
		expect(() => stripWasmExports(new TextEncoder().encode('<html>'), () => true)).toThrow(
			'not a WebAssembly module'
		);
	});

	it("leaves duckdb-wasm's engine answering queries and raising errors", async () => {
		const require = createRequire(import.meta.url);
		const dist = join(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'), '..');
		const glue = join(dist, 'duckdb-node-blocking.cjs');
		const { bytes, kept, total } = stripWasmExports(
			readFileSync(join(dist, 'duckdb-eh.wasm')),
			keepForGlue(readFileSync(glue, 'utf8'))
		);
		expect(kept / total).toBeLessThan(0.05);
		const dir = mkdtempSync(join(tmpdir(), 'jb-wasm-'));
		try {
			const wasm = join(dir, 'duckdb-eh.wasm');
			writeFileSync(wasm, bytes);
			const duckdb = require(glue) as NodeBlocking;
			const bundle = { mainModule: wasm, mainWorker: '' };
			const db = await duckdb.createDuckDB(
				{ mvp: bundle, eh: bundle },
				new duckdb.VoidLogger(),
				duckdb.NODE_RUNTIME
			);
			await db.instantiate();
			db.open({});
			const c = db.connect();
			const row = c
				.query(
					`SELECT sum(i)::DOUBLE AS s, strftime(DATE '2025-03-12', '%d/%m/%Y') AS d,
					  TRY_CAST('x' AS INTEGER) AS bad FROM range(1000) t(i)`
				)
				.toArray()[0]!
				.toJSON();
			expect(row).toEqual({ s: 499500, d: '12/03/2025', bad: null });
			expect(() => c.query(`SELECT error('stopped')`)).toThrow('stopped');
			c.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
