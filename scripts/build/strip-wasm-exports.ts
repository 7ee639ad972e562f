/**
 * duckdb-wasm's engine is built as an Emscripten main module that can load extensions as side
 * modules, so it exports every C++ symbol: 75,000 exports whose names take 7.4 MB of the 34 MB
 * file (1 MB gzipped). At start-up the Emscripten loader walks all of them, putting each exported
 * function into the function table and a global for each into its symbol table; that is most of
 * the time `instantiate` takes. The dashboard loads no extension (they would come from the
 * internet), so only the exports its JavaScript glue calls are needed: those are kept, the rest
 * of the export section is dropped. Code and data are untouched.
 */

const EXPORT_SECTION = 7;

function readLeb(buf: Uint8Array, at: { p: number }): number {
	let result = 0;
	let shift = 0;
	let byte: number;
	do {
		byte = buf[at.p++]!;
		result += (byte & 0x7f) * 2 ** shift;
		shift += 7;
	} while (byte & 0x80);
	return result;
}

function leb(n: number): Uint8Array {
	const out: number[] = [];
	do {
		let byte = n & 0x7f;
		n = Math.floor(n / 128);
		if (n) byte |= 0x80;
		out.push(byte);
	} while (n);
	return Uint8Array.from(out);
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
	const out = new Uint8Array(parts.reduce((s, p) => s + p.byteLength, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.byteLength;
	}
	return out;
}

/** The identifiers of a JavaScript source: every export name its code could look up. */
export function jsIdentifiers(js: string): Set<string> {
	return new Set(js.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? []);
}

/**
 * `wasm` with only the exports `keep` accepts (the export section rewritten, every other section
 * byte for byte as it was). Returns the new bytes and how many exports were kept of how many.
 */
export function stripWasmExports(
	wasm: Uint8Array,
	keep: (name: string) => boolean
): { bytes: Uint8Array<ArrayBuffer>; kept: number; total: number } {
	if (wasm[0] !== 0 || wasm[1] !== 0x61 || wasm[2] !== 0x73 || wasm[3] !== 0x6d)
		throw new Error('not a WebAssembly module');
	const decoder = new TextDecoder();
	const parts: Uint8Array[] = [wasm.subarray(0, 8)];
	const at = { p: 8 };
	let kept = 0;
	let total = 0;
	while (at.p < wasm.byteLength) {
		const start = at.p;
		const id = wasm[at.p++]!;
		const size = readLeb(wasm, at);
		const body = wasm.subarray(at.p, at.p + size);
		at.p += size;
		if (id !== EXPORT_SECTION) {
			parts.push(wasm.subarray(start, at.p));
			continue;
		}
		const e = { p: 0 };
		const count = readLeb(body, e);
		const entries: Uint8Array[] = [];
		for (let i = 0; i < count; i++) {
			const from = e.p;
			const len = readLeb(body, e);
			const name = decoder.decode(body.subarray(e.p, e.p + len));
			e.p += len + 1; // name, then the export's kind byte
			readLeb(body, e); // and its index
			total++;
			if (keep(name)) {
				entries.push(body.subarray(from, e.p));
				kept++;
			}
		}
		const section = concat([leb(entries.length), ...entries]);
		parts.push(Uint8Array.of(EXPORT_SECTION), leb(section.byteLength), section);
	}
	return { bytes: concat(parts), kept, total };
}

/**
 * Keeps an export when the glue names it (as `name` or Emscripten's `_name`), and the dynamic
 * call helpers and linker symbols (`dynCall_*`, `__*`) that Emscripten's loader looks up by
 * computed names.
 */
export function keepForGlue(js: string): (name: string) => boolean {
	const ids = jsIdentifiers(js);
	return (name) =>
		ids.has(name) || ids.has(`_${name}`) || name.startsWith('dynCall_') || name.startsWith('__');
}
