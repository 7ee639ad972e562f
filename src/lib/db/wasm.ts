import { ASSET_CACHE, keepFingerprinted } from './asset-cache';
import { streamWithProgress } from './progress';
import { gunzipCopy } from './shell';
import { DataFault } from './verify';
import { unzstdStream } from './zstd';

const wasmResponse = (body: ReadableStream<Uint8Array>) =>
	new Response(body, { headers: { 'content-type': 'application/wasm' } });

/**
 * The engine's wasm, compiled while it downloads: the zstd copy the build writes next to it
 * (`<file>.wasm.zst`, 4.8 MB on any host) is decoded as it arrives and fed to
 * `WebAssembly.compileStreaming`, else the file itself. The decoded file is kept in the asset
 * cache, so a second visit neither downloads nor decodes it. Progress counts the bytes that
 * travel.
 */
export async function compileWasm(
	url: string,
	onBytes: (loaded: number, total: number | null) => void
): Promise<WebAssembly.Module> {
	const key = new URL(url, location.href).href;
	const cache = 'caches' in globalThis ? await caches.open(ASSET_CACHE).catch(() => null) : null;
	const hit = await cache?.match(key).catch(() => undefined);
	if (hit) {
		try {
			return await WebAssembly.compileStreaming(hit);
		} catch {
			await cache?.delete(key).catch(() => undefined); // damaged: download again
		}
	}
	let download = await streamWithProgress(`${url}.zst`, onBytes).catch((e: unknown) => {
		if (e instanceof DataFault && e.kind === 'download') return null; // no zstd copy
		throw e;
	});
	download ??= await streamWithProgress(url, onBytes);
	const [compile, keep] = unzstdStream(download.body).tee();
	const kept = cache ? keepFingerprinted(cache, key, wasmResponse(keep)) : keep.cancel();
	try {
		return await WebAssembly.compileStreaming(wasmResponse(compile));
	} catch (e) {
		await kept;
		await cache?.delete(key).catch(() => undefined);
		throw download.fault() ?? new DataFault('engine', e instanceof Error ? e.message : String(e));
	}
}

/**
 * A worker running duckdb-wasm's own worker script, which instantiates the module compiled
 * here (posted with `postWasmModule`) instead of downloading and compiling the wasm itself.
 * The script (770 kB) is read from its gzipped copy (`<script>.gz`, written by the build) and
 * gunzipped in the worker, so it travels as 190 kB also from a host that compresses nothing;
 * when the service worker keeps the script (a later visit), or without a copy (the dev server),
 * the script itself is loaded. Messages that come while it loads wait and are handed to it in
 * order.
 */
export function engineWorker(mainWorker: string): Worker {
	const script = new URL(mainWorker, location.href).href;
	const source = `const module = new Promise((resolve) => {
	self.addEventListener('message', function take(e) {
		if (!e.data || !(e.data.jbWasmModule instanceof WebAssembly.Module)) return;
		e.stopImmediatePropagation();
		self.removeEventListener('message', take);
		resolve(e.data.jbWasmModule);
	});
});
WebAssembly.instantiateStreaming = async (source, imports) => {
	Promise.resolve(source).then((r) => r.body && r.body.cancel()).catch(() => undefined);
	const m = await module;
	return { module: m, instance: await WebAssembly.instantiate(m, imports) };
};
const held = [];
const hold = (e) => {
	e.stopImmediatePropagation();
	held.push(e);
};
self.addEventListener('message', hold);
const script = ${JSON.stringify(script)};
const gunzipCopy = ${gunzipCopy.toString()};
async function gunzipped() {
	try {
		// Kept by the service worker (a later visit): the script itself, with V8's code cache.
		if (typeof DecompressionStream === 'undefined') return null;
		if (typeof caches !== 'undefined' && (await caches.match(script))) return null;
		const res = await fetch(script + '.gz');
		if (!res.ok || /html/.test(res.headers.get('content-type') ?? '')) return null;
		const text = await gunzipCopy(new Uint8Array(await res.arrayBuffer()));
		return URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
	} catch {
		return null;
	}
}
/** Runs a script; its error, if it fails. */
function load(src) {
	try {
		importScripts(src);
		return null;
	} catch (e) {
		return e;
	}
}
gunzipped().then((url) => {
	const failed = url ? load(url) && load(script) : load(script);
	if (url) URL.revokeObjectURL(url);
	// Thrown outside this promise, as a failed script at the top of the worker: an error event.
	if (failed) return setTimeout(() => {
		throw failed;
	});
	self.removeEventListener('message', hold);
	for (const e of held) self.dispatchEvent(new MessageEvent('message', { data: e.data, ports: [...e.ports] }));
});`;
	return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
}

/** Hands the compiled module to the worker of `engineWorker`, before `instantiate`. */
export function postWasmModule(worker: Worker, module: WebAssembly.Module): void {
	worker.postMessage({ jbWasmModule: module });
}

/** What duckdb-wasm is told to fetch as its module: nothing (the worker has the compiled one). */
export const NO_WASM_URL = 'data:application/wasm,';
