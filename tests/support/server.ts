import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.duckdb': 'application/octet-stream',
	'.csv': 'text/csv; charset=utf-8',
	'.gz': 'application/gzip',
	'.geojson': 'application/geo+json'
};

/** A running static server: its origin and the URL of the site root (with the base path). */
export interface StaticServer {
	origin: string;
	url: string;
	close(): Promise<void>;
}

/**
 * Serves a built static site under a sub-path on 127.0.0.1, like any plain static host:
 * files only, `dir/` -> `dir/index.html`, no SPA fallback, no range requests. `port` 0: any free one.
 */
export async function serveStatic(root: string, base = '', port = 0): Promise<StaticServer> {
	const dir = resolve(root);
	const server: Server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base + '/')) {
			res.writeHead(404).end('not found');
			return;
		}
		let file = normalize(join(dir, path.slice(base.length)));
		if (!file.startsWith(dir)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			'cache-control': 'no-cache'
		});
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', ok);
	});
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url: `${origin}${base}/`,
		close: () => new Promise((ok) => server.close(() => ok()))
	};
}
