import { describe, expect, it } from 'vitest';
import { zstd } from '../../../scripts/build/zstd';
import { isZstd, unzstd, unzstdStream } from './zstd';

/** Text-like bytes with repeats (so zstd has work) of `n` bytes. */
function sample(n: number): Uint8Array {
	const out = new Uint8Array(n);
	let x = 7;
	for (let i = 0; i < n; i++) {
		x = (x * 1103515245 + 12345) >>> 0;
		out[i] = i % 97 < 60 ? 97 + (i % 26) : x >>> 24;
	}
	return out;
}

/** A stream of `bytes` cut into chunks of `size`. */
function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
	let at = 0;
	return new ReadableStream({
		pull(c) {
			if (at >= bytes.length) return c.close();
			c.enqueue(bytes.slice(at, at + size));
			at += size;
		}
	});
}

const read = async (s: ReadableStream<Uint8Array>) =>
	new Uint8Array(await new Response(s).arrayBuffer());

/** Byte equality (vitest's deep equality walks a typed array element by element: slow). */
const same = (a: Uint8Array, b: Uint8Array) =>
	a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

describe('zstd in the browser (fzstd) on what the build writes (@bokuweb/zstd-wasm)', () => {
	const raw = sample(1_500_000);

	it('decodes a whole file and a stream in odd chunks to the same bytes', async () => {
		const packed = await zstd(raw, 3);
		expect(isZstd(packed)).toBe(true);
		expect(packed.length).toBeLessThan(raw.length);
		expect(same(unzstd(packed), raw)).toBe(true);
		for (const size of [1_000, 4_097, 65_536, 300_000])
			expect(same(await read(unzstdStream(chunked(packed, size))), raw)).toBe(true);
	});

	it('passes bytes that are not zstd through untouched', async () => {
		const plain = raw.subarray(0, 100_000);
		expect(unzstd(plain)).toBe(plain);
		expect(same(await read(unzstdStream(chunked(plain, 999))), plain)).toBe(true);
		expect(await read(unzstdStream(chunked(new Uint8Array([1, 2]), 1)))).toEqual(
			new Uint8Array([1, 2])
		);
	});

	it('fails on a file cut short, whole or streamed, instead of ending early', async () => {
		const packed = await zstd(raw, 3);
		const half = packed.subarray(0, Math.floor(packed.length / 2));
		expect(() => unzstd(half)).toThrow();
		await expect(read(unzstdStream(chunked(half, 8192)))).rejects.toThrow();
	});
});
