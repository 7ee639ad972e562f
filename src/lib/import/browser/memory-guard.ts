/**
 * Whether the browser has the memory to import some files, estimated before a byte is read, so a
 * file too large stops at once with a message instead of crashing the tab.
 *
 * Factors measured by `npm run bench:import` (1M requests, 142 MiB of CSV): Chromium's processes
 * grew by about 7× the file size at the peak, the engine's worker (duckdb-wasm, a 32-bit heap of
 * at most 4 GiB) by about 4×. Workbooks are zipped: their text is taken as 5× the file.
 */
const BROWSER_FACTOR = 7;
const ENGINE_FACTOR = 4;
const XLSX_FACTOR = 5;
/** What duckdb-wasm's heap can hold in practice (its address space is 4 GiB). */
const ENGINE_LIMIT = 3 * 2 ** 30;
const GiB = 2 ** 30;

/** What the browser tells of its memory (`navigator.deviceMemory`, `performance.memory`). */
export interface MemoryEnv {
	/** GiB of device memory, rounded down by the browser (Chrome reports at most 8). */
	deviceMemory?: number;
	/** Bytes the page's JavaScript heap may grow to. */
	jsHeapSizeLimit?: number;
}

/** The verdict: fine, or the bytes needed and available. */
export type MemoryVerdict = { ok: true } | { ok: false; bytes: number; need: number; have: number };

/** Text bytes the files hold, workbooks counted as their unzipped text. */
export function textBytes(files: readonly { name: string; size: number }[]): number {
	return files.reduce((s, f) => s + f.size * (/\.xlsx$/i.test(f.name) ? XLSX_FACTOR : 1), 0);
}

/** Estimates the memory an import of `files` needs against what this browser offers. */
export function memoryVerdict(
	files: readonly { name: string; size: number }[],
	env: MemoryEnv
): MemoryVerdict {
	const bytes = textBytes(files);
	const device = (env.deviceMemory ?? 4) * GiB * 0.75;
	const heap = env.jsHeapSizeLimit ?? Infinity;
	// The tightest of three limits, each scaled to the whole browser's need.
	const have = Math.min(
		device,
		(ENGINE_LIMIT / ENGINE_FACTOR) * BROWSER_FACTOR,
		(heap / 2) * BROWSER_FACTOR
	);
	const need = bytes * BROWSER_FACTOR;
	return need <= have ? { ok: true } : { ok: false, bytes, need, have };
}

/** This browser's memory, as far as it says. */
export function browserMemory(): MemoryEnv {
	const nav = globalThis.navigator as (Navigator & { deviceMemory?: number }) | undefined;
	const perf = globalThis.performance as Performance & { memory?: { jsHeapSizeLimit: number } };
	return { deviceMemory: nav?.deviceMemory, jsHeapSizeLimit: perf?.memory?.jsHeapSizeLimit };
}
