/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { base, build, files, prerendered, version } from '$service-worker';
import { gunzipCopy, gzippedType, outsideShell } from '$lib/db/shell';

// Offline and second visits: the app shell (pages, scripts, styles, small data files) is cached
// at install under this build's version; the wasm engine and the analytics file are kept by the
// page itself in the `jb-assets` cache, keyed by their fingerprinted URLs (src/lib/db/asset-cache.ts).
const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `jb-shell-${version}`;
const ASSETS = 'jb-assets';

/** Below the base: large files and the public pages are not part of the shell (`shell.ts`). */
const large = (path: string) => outsideShell(path.slice(base.length));
const shell = [...build, ...files, ...prerendered, `${base}/_app/env.js`].filter((p) => !large(p));
const shellSet = new Set(shell.map((p) => new URL(p, sw.location.href).pathname));
const pages = new Set(prerendered);
/** Files that may change without a new build: always asked of the network first. */
const fresh = (path: string) => /\/data\/(manifest\.json|view\/|boundaries\/)/.test(path);

/**
 * A file of the shell: from the browser's HTTP cache when the page just loaded it (no bytes
 * travel), else its gzipped copy (`<file>.gz`, written by the build) gunzipped here, else the file
 * itself. A host that decoded the copy on the way (`Content-Encoding: gzip`) hands over plain
 * bytes, kept as they are.
 */
async function shellFile(path: string): Promise<Response> {
	const cached = await fetch(path, { cache: 'only-if-cached', mode: 'same-origin' }).catch(
		() => null
	);
	if (cached?.ok) return cached;
	const type = pages.has(path) ? null : gzippedType(path.slice(base.length));
	const gz = type ? await fetch(`${path}.gz`).catch(() => null) : null;
	if (type && gz?.ok) {
		return new Response(await gunzipCopy(new Uint8Array(await gz.arrayBuffer())), {
			headers: { 'content-type': type }
		});
	}
	const res = await fetch(path);
	if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
	return res;
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(SHELL)
			.then((c) => Promise.all(shell.map(async (p) => c.put(p, await shellFile(p)))))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith('jb-shell-') && key !== SHELL) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

async function networkFirst(request: Request, fallback: Request | string): Promise<Response> {
	const cache = await caches.open(SHELL);
	try {
		const res = await fetch(request);
		if (res.ok && request.url === res.url) await cache.put(fallback, res.clone());
		return res;
	} catch (e) {
		const hit = await cache.match(fallback, { ignoreSearch: true });
		if (hit) return hit;
		throw e;
	}
}

sw.addEventListener('fetch', (event) => {
	const req = event.request;
	const url = new URL(req.url);
	if (req.method !== 'GET' || url.origin !== sw.location.origin || req.headers.has('range')) return;
	if (req.mode === 'navigate') {
		// A page: the network when there is one, else the prerendered page from the shell.
		const page = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
		event.respondWith(networkFirst(req, page));
	} else if (fresh(url.pathname)) {
		event.respondWith(networkFirst(req, url.pathname));
	} else if (shellSet.has(url.pathname)) {
		event.respondWith(caches.match(req).then((hit) => hit ?? fetch(req)));
	} else if (large(url.pathname)) {
		event.respondWith(
			caches.open(ASSETS).then(async (c) => (await c.match(req.url)) ?? fetch(req))
		);
	}
});
