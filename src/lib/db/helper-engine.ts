import type * as duckdb from '@duckdb/duckdb-wasm';
import { engineWorker } from './wasm';
import { openInstance } from './instance';
import { Lane } from './lane';

/** A read-only data file for the helper: its name in the engine's file system and its bytes. */
export interface HelperFile {
	name: string;
	bytes: Uint8Array;
}

/**
 * Whether the device can afford a second engine: another core to run it on, and memory for a
 * second copy of the data (at 10M requests the two analytics files are 62 MB).
 */
export function helperWanted(): boolean {
	const nav = globalThis.navigator as (Navigator & { deviceMemory?: number }) | undefined;
	return (nav?.hardwareConcurrency ?? 1) >= 2 && (nav?.deviceMemory ?? 4) >= 4;
}

/**
 * A second engine on the same read-only data, in a worker of its own: statements of a page that
 * can run side by side (`Sql.parts`, another panel's query) run on both cores. It opens from the
 * compiled module (no download, no compile), takes its own copy of the files, and runs `setup`
 * (the attach statements of the first engine).
 */
export async function openHelper(
	bundle: duckdb.DuckDBBundle,
	module: WebAssembly.Module,
	files: HelperFile[],
	setup: string
): Promise<{ lane: Lane; worker: Worker }> {
	const worker = engineWorker(bundle.mainWorker!);
	try {
		const { db, conn } = await openInstance(bundle, worker, module);
		for (const f of files) await db.registerFileBuffer(f.name, f.bytes);
		await conn.query(setup);
		return { lane: new Lane(conn), worker };
	} catch (e) {
		worker.terminate();
		throw e;
	}
}

/**
 * The helper's start: `keep` copies each file before the first engine takes it (the worker gets
 * the bytes themselves, not a copy), `open` starts the helper with them and lets them go, `stop`
 * ends it (the data are replaced).
 */
export class HelperStart {
	#files: HelperFile[] = [];
	#worker: Worker | null = null;
	#stopped = false;

	constructor(
		private readonly bundle: duckdb.DuckDBBundle,
		private readonly module: WebAssembly.Module
	) {}

	keep(name: string, bytes: Uint8Array): void {
		this.#files.push({ name, bytes: bytes.slice() });
	}

	async open(setup: string): Promise<Lane> {
		const files = this.#files;
		this.#files = [];
		if (this.#stopped) throw new Error('stopped');
		const { lane, worker } = await openHelper(this.bundle, this.module, files, setup);
		if (this.#stopped) {
			worker.terminate();
			throw new Error('stopped');
		}
		this.#worker = worker;
		return lane;
	}

	stop(): void {
		this.#stopped = true;
		this.#files = [];
		this.#worker?.terminate();
	}
}
