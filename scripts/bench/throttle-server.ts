import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** An emulated network link: downlink and uplink in bit/s, round trip in ms. */
export interface Link {
	name: string;
	downBps: number;
	upBps: number;
	rttMs: number;
}

/** The links of the benchmark (Chrome DevTools' "Fast 4G" and "Slow 4G" presets). */
export const links: Record<string, Link> = {
	fast4g: { name: 'Fast 4G', downBps: 9_000_000, upBps: 1_500_000, rttMs: 150 },
	slow4g: { name: 'Slow 4G', downBps: 1_600_000, upBps: 750_000, rttMs: 150 }
};

/**
 * How the host compresses. `gzip`: like Netlify / Cloudflare / GitHub Pages, gzip on the fly for
 * text, JSON, SVG and wasm, never for `application/octet-stream` (the data file) or files that
 * are gzip already. `plain`: a static server that compresses nothing (nginx without `gzip on`).
 */
export type HostKind = 'gzip' | 'plain';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.gz': 'application/gzip',
	'.zst': 'application/zstd',
	'.webmanifest': 'application/manifest+json'
};
const compressible = /^(text\/|application\/(json|wasm|manifest\+json)|image\/svg)/;

/** A running throttled host; `bytes` counts what went over the wire (headers and bodies). */
export interface ThrottledHost {
	url: string;
	bytes: () => number;
	requests: () => number;
	resetCounters(): void;
	setLink(link: Link): void;
	close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Serves a built site under `base` through one shared link: every response waits one round trip
 * before its first byte and then shares the downlink with every other response in flight (a
 * chunk reserves its time on one clock, so concurrent downloads interleave fairly). ETag and
 * `must-revalidate` like common hosts; `_app/immutable/` and fingerprinted data are immutable.
 */
export async function serveThrottled(
	root: string,
	base: string,
	host: HostKind,
	initial: Link
): Promise<ThrottledHost> {
	const dir = resolve(root);
	let link = initial;
	let wire = 0;
	let count = 0;
	let free = 0; // when the downlink is next free (ms, performance.now clock)
	const gz = new Map<string, Buffer>();

	async function send(res: import('node:http').ServerResponse, body: Buffer): Promise<void> {
		const chunk = 16 * 1024;
		for (let i = 0; i < body.length; i += chunk) {
			const part = body.subarray(i, i + chunk);
			// A link idle for a while starts now; a timer that fired late is caught up on.
			const now = performance.now();
			const start = free < now - 500 ? now : free;
			free = start + (part.length * 8 * 1000) / link.downBps;
			await sleep(free - performance.now());
			wire += part.length;
			if (!res.write(part)) await new Promise((r) => res.once('drain', r));
		}
		res.end();
	}

	const server: Server = createServer((req, res) => {
		void (async () => {
			count++;
			const up = (req.url?.length ?? 0) + 400; // request line and headers
			await sleep(link.rttMs + (up * 8 * 1000) / link.upBps);
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			let file = normalize(join(dir, path.slice(base.length)));
			if (!path.startsWith(base + '/') || !file.startsWith(dir)) {
				res.writeHead(404).end();
				return;
			}
			if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
			if (!existsSync(file)) {
				res.writeHead(404).end();
				return;
			}
			const type = types[extname(file)] ?? 'application/octet-stream';
			const raw = readFileSync(file);
			const etag = `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`;
			const immutable =
				path.includes('/_app/immutable/') || /analytics(-more)?\.[0-9a-f]+\./.test(path);
			const headers: Record<string, string | number> = {
				'content-type': type,
				etag,
				'cache-control': immutable
					? 'public, max-age=31536000, immutable'
					: 'public, max-age=0, must-revalidate'
			};
			if (req.headers['if-none-match'] === etag) {
				wire += 200;
				res.writeHead(304, headers).end();
				return;
			}
			let body: Buffer = raw;
			const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			if (host === 'gzip' && accepts && compressible.test(type)) {
				if (!gz.has(file)) gz.set(file, gzipSync(raw, { level: 6 }));
				body = gz.get(file)!;
				headers['content-encoding'] = 'gzip';
				headers.vary = 'accept-encoding';
			}
			headers['content-length'] = body.length;
			wire += 300;
			res.writeHead(200, headers);
			if (req.method === 'HEAD') res.end();
			else await send(res, body);
		})().catch(() => res.destroy());
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url: `${origin}${base}/`,
		bytes: () => wire,
		requests: () => count,
		resetCounters() {
			wire = 0;
			count = 0;
		},
		setLink(l) {
			link = l;
		},
		close: () =>
			new Promise((ok) => {
				server.closeAllConnections();
				server.close(() => ok());
			})
	};
}
