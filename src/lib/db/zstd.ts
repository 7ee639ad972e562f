import { Decompress, decompress } from 'fzstd';

/**
 * Zstandard in the browser. The build compresses the files that travel whole (the engine's wasm,
 * the analytics files) with zstd at level 19: the wasm is 4.8 MB instead of 6.7 gzipped.
 * Chromium has no `DecompressionStream('zstd')`, so `fzstd` (pure JavaScript, 7 kB gzipped)
 * decodes them. Bytes that are not zstd pass through untouched.
 */

/** Whether `bytes` start with the zstd frame magic number (28 B5 2F FD). */
export function isZstd(bytes: Uint8Array): boolean {
	return (
		bytes.length > 3 &&
		bytes[0] === 0x28 &&
		bytes[1] === 0xb5 &&
		bytes[2] === 0x2f &&
		bytes[3] === 0xfd
	);
}

/** Decodes a whole zstd file; throws on a damaged or cut-short one. Other bytes pass through. */
export function unzstd(bytes: Uint8Array): Uint8Array {
	return isZstd(bytes) ? decompress(bytes) : bytes;
}

/**
 * Decodes a zstd stream as it arrives (so the wasm compiles while it downloads); a stream that is
 * not zstd passes through. A stream cut short errors instead of ending early.
 */
export function unzstdStream(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
	let decoder: Decompress | null = null;
	let zstd: boolean | null = null; // unknown until 4 bytes came
	// Bytes gathered into pieces of at least 64 KiB: fzstd joins what it was given for a block
	// on every push, so many small network chunks would cost quadratic copying.
	let pending: Uint8Array[] = [];
	let size = 0;
	const take = (controller: TransformStreamDefaultController<Uint8Array>, final: boolean) => {
		const joined = new Uint8Array(size);
		let at = 0;
		for (const p of pending) {
			joined.set(p, at);
			at += p.length;
		}
		pending = [];
		size = 0;
		zstd ??= isZstd(joined);
		if (!zstd) {
			if (joined.length) controller.enqueue(joined);
			return;
		}
		decoder ??= new Decompress((d) => d.length && controller.enqueue(d));
		decoder.push(joined, final);
	};
	return body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				if (zstd === false) return controller.enqueue(chunk);
				pending.push(chunk);
				size += chunk.length;
				if (size >= (zstd === null ? 4 : 1 << 16)) take(controller, false);
			},
			flush(controller) {
				if (zstd !== false) take(controller, true);
			}
		})
	);
}
