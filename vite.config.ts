import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { keepForGlue, stripWasmExports } from './scripts/build/strip-wasm-exports.ts';
import { zstdCached } from './scripts/build/zstd.ts';

/**
 * The engine's wasm as the browser gets it: only the exports duckdb-wasm's worker script calls
 * (`scripts/build/strip-wasm-exports.ts`: 27 MB instead of 34, and a faster start-up), plus a
 * zstd copy next to it (`<file>.wasm.zst`, `scripts/build/zstd.ts`) that the browser decodes as
 * it arrives, so the engine travels as 4.8 MB from any host (gzip -9 would be 6.7 MB).
 */
function engineWasm(): Plugin {
	const require = createRequire(import.meta.url);
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-browser.mjs'));
	return {
		name: 'jb-engine-wasm',
		apply: 'build',
		async generateBundle(_, bundle) {
			if (this.environment.name !== 'client') return;
			for (const [name, file] of Object.entries(bundle)) {
				if (file.type !== 'asset' || !name.endsWith('.wasm')) continue;
				const variant = /duckdb-(\w+)\.[^/]*\.wasm$/.exec(name)?.[1];
				const glue = variant && join(dist, `duckdb-browser-${variant}.worker.js`);
				if (glue && existsSync(glue)) {
					const source = file.source as Uint8Array;
					file.source = stripWasmExports(source, keepForGlue(readFileSync(glue, 'utf8'))).bytes;
				}
				this.emitFile({
					type: 'asset',
					fileName: `${name}.zst`,
					// The mvp build serves only browsers without wasm exceptions: a quicker level.
					source: await zstdCached(file.source as Uint8Array, variant === 'eh' ? 19 : 9)
				});
			}
		}
	};
}

/**
 * The public pages (`/public/…`) are rendered on the server at build time under the root layout,
 * which imports the engine module. duckdb-wasm cannot even be imported in Node (its browser build
 * needs `Worker`, its Node build starts a worker thread), and the server never calls it: the
 * server build gets an empty stand-in.
 */
function duckdbWasmServerStub(): Plugin {
	const stub = fileURLToPath(new URL('./scripts/build/duckdb-wasm-ssr-stub.ts', import.meta.url));
	return {
		name: 'duckdb-wasm-server-stub',
		apply: 'build',
		enforce: 'pre',
		resolveId(id, _importer, options) {
			return options?.ssr && id === '@duckdb/duckdb-wasm' ? stub : undefined;
		}
	};
}

export default defineConfig({
	plugins: [duckdbWasmServerStub(), sveltekit(), engineWasm()],
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	// Every module the pages import statically travels in one chunk: on a link with 150 ms round
	// trips and six connections (HTTP/1.1), two dozen small chunks cost four waits in a row before
	// the first view can paint. The lazily loaded libraries (ECharts, Leaflet, duckdb-wasm) stay apart.
	build: {
		rolldownOptions: {
			output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } }
		}
	},
	worker: { format: 'es' },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					// Two files at a time on two cores (the default takes one core less than the
					// machine has): the corrupt-file corpus runs beside the rest. Files share their
					// modules (no fresh module graph per file).
					maxWorkers: 2,
					isolate: false,
					testTimeout: 60_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/**/*.e2e.ts'],
					// One built site and one Chromium for every file, one file at a time: two at a
					// time were slower on two cores (the pages' engines keep both busy).
					globalSetup: ['tests/support/shared.ts'],
					// The files share their modules too (each file still runs its own hooks).
					isolate: false,
					testTimeout: 120_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
