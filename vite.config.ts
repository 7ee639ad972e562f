import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Writes a gzipped copy next to each wasm file of the client build (`<file>.wasm.gz`): the
 * browser fetches it and gunzips it with `DecompressionStream`, so the 33 MB engine travels as
 * about 8 MB also from hosts that do not compress wasm.
 */
function gzipWasm(): Plugin {
	return {
		name: 'jb-gzip-wasm',
		apply: 'build',
		generateBundle(_, bundle) {
			if (this.environment.name !== 'client') return;
			for (const [name, file] of Object.entries(bundle))
				if (file.type === 'asset' && name.endsWith('.wasm'))
					this.emitFile({
						type: 'asset',
						fileName: `${name}.gz`,
						source: gzipSync(file.source, { level: 9 })
					});
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
	plugins: [duckdbWasmServerStub(), sveltekit(), gzipWasm()],
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
					testTimeout: 60_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/**/*.e2e.ts'],
					testTimeout: 120_000,
					hookTimeout: 180_000,
					fileParallelism: false
				}
			}
		]
	}
});
