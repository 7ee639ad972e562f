import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compress, init } from '@bokuweb/zstd-wasm';

/**
 * Zstandard level of the files the browser downloads whole (the engine's wasm, the analytics
 * files). Level 19 carries the 27 MB wasm in 4.8 MB (gzip -9: 6.7 MB) and is decoded in the
 * browser by `fzstd` (`src/lib/db/zstd.ts`) as it arrives.
 */
export const ZSTD_LEVEL = 19;

let ready: Promise<void> | null = null;

/** `bytes` as one zstd frame (with its content size, so the browser can size its buffer). */
export async function zstd(bytes: Uint8Array, level = ZSTD_LEVEL): Promise<Uint8Array> {
	await (ready ??= init());
	return compress(bytes, level);
}

/** Where compressed copies of large files that rarely change (the wasm) are kept between builds. */
const CACHE_DIR = join('node_modules', '.cache', 'jb-zstd');

/**
 * `zstd(bytes)`, kept on disk under the content's hash: the wasm takes about 20 s to compress at
 * level 19 and only changes with duckdb-wasm, so later builds reuse the copy.
 */
export async function zstdCached(bytes: Uint8Array, level = ZSTD_LEVEL): Promise<Uint8Array> {
	const key = createHash('sha256').update(bytes).update(`:${level}`).digest('hex').slice(0, 24);
	const file = join(CACHE_DIR, `${key}.zst`);
	if (existsSync(file)) return new Uint8Array(readFileSync(file));
	const out = await zstd(bytes, level);
	mkdirSync(CACHE_DIR, { recursive: true });
	writeFileSync(`${file}.tmp-${process.pid}`, out);
	renameSync(`${file}.tmp-${process.pid}`, file);
	return out;
}
