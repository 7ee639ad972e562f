import * as duckdb from '@duckdb/duckdb-wasm';
import { bundles } from './bundles';
import { report } from './load-report';
import { compileWasm, engineWorker } from './wasm';

/** The engine's bundle and its compiled wasm. */
export interface EngineCode {
	bundle: duckdb.DuckDBBundle;
	module: Promise<WebAssembly.Module>;
}
let code: EngineCode | null = null;
/** A worker started with the downloads, not yet given to an engine. */
let spareWorker: Worker | null = null;

/**
 * Starts the engine's downloads at once, before the data source is known: the wasm (compiled
 * while it downloads) and duckdb-wasm's worker script. Idempotent; every engine of this page
 * instantiates the same compiled module (a replacement after an import too). A failed download
 * is tried again by the next call.
 */
export async function prepareEngine(): Promise<EngineCode> {
	if (code) return code;
	performance.mark('jb:engine-start');
	const bundle = await duckdb.selectBundle(bundles);
	if (code) return code;
	const module = compileWasm(bundle.mainModule, (loaded, total) =>
		report('engine', { loaded, total, done: false })
	);
	const prepared: EngineCode = { bundle, module };
	module.catch(() => {
		if (code === prepared) code = null;
	});
	spareWorker ??= engineWorker(bundle.mainWorker!);
	return (code = prepared);
}

/** A worker for a new engine: the one started with the downloads, else a new one. */
export function takeWorker(bundle: duckdb.DuckDBBundle): Worker {
	const w = spareWorker ?? engineWorker(bundle.mainWorker!);
	spareWorker = null;
	return w;
}
