import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Sub-path the site is served under, e.g. `/jemput-bola` (empty for the host root). */
const base = process.env.BASE_PATH ?? '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail' },
		// Registered by the layout once the engine has loaded, so it never competes with the first
		// visit's downloads (src/service-worker.ts).
		serviceWorker: { register: false }
	}
};

export default config;
