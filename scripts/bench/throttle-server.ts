import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rangeAnswer } from './http-range';

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

/** The links named in a comma-separated list (`fast4g,slow4g`); throws on an unknown name. */
export function linksNamed(list: string): Link[] {
	return list.split(',').map((l) => {
		const link = links[l];
		if (!link) throw new Error(`unknown link ${l}`);
		return link;
	});
}

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

/** One response of the host: its path, status and the bytes it put on the wire. */
export interface Served {
	path: string;
	status: number;
	bytes: number;
}

/** Options of a throttled host. */
export interface HostOptions {
	/**
	 * Answers `Range` requests with 206 and `Accept-Ranges: bytes` (default), as common static
	 * hosts do for files they do not compress on the fly; `false`: every request gets the whole
	 * file, as a host without range support.
	 */
	ranges?: boolean;
}

/** A running throttled host; `bytes` counts what went over the wire (headers and bodies). */
export interface ThrottledHost {
	url: string;
	bytes: () => number;
	requests: () => number;
	/** The responses since the last `resetCounters`, in the order they were answered. */
	served: () => readonly Served[];
	resetCounters(): void;
	setLink(link: Link): void;
	close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Bytes `start`..`end` (inclusive) of `file`, read without the rest. */
function readSlice(file: string, start: number, end: number): Buffer {
	const out = Buffer.alloc(end - start + 1);
	const fd = openSync(file, 'r');
	try {
		readSync(fd, out, 0, out.length, start);
	} finally {
		closeSync(fd);
	}
	return out;
}

/**
 * Serves a built site under `base` through one shared link: every response waits one round trip
 * before its first byte and then shares the downlink with every other response in flight (a
 * chunk reserves its time on one clock, so concurrent downloads interleave fairly). ETag and
 * `must-revalidate` like common hosts; `_app/immutable/` and fingerprinted data are immutable.
 * Byte ranges of files it does not compress on the fly (each range request pays its round trip
 * and shares the downlink like any other), unless `opts.ranges` is false.
 */
export async function serveThrottled(
	root: string,
	base: string,
	host: HostKind,
	initial: Link,
	opts: HostOptions = {}
): Promise<ThrottledHost> {
	const dir = resolve(root);
	const ranges = opts.ranges ?? true;
	let link = initial;
	let wire = 0;
	let count = 0;
	let log: Served[] = [];
	let free = 0; // when the downlink is next free (ms, performance.now clock)
	const gz = new Map<string, Buffer>();
	const etags = new Map<string, string>(); // by path, size and modification time

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
			const stat = statSync(file);
			const stamp = `${file}:${stat.size}:${stat.mtimeMs}`;
			if (!etags.has(stamp)) {
				const sha = createHash('sha1').update(readFileSync(file)).digest('hex');
				etags.set(stamp, `"${sha.slice(0, 16)}"`);
			}
			const etag = etags.get(stamp)!;
			const immutable =
				path.includes('/_app/immutable/') || /analytics(-more)?\.[0-9a-f]+\./.test(path);
			const headers: Record<string, string | number> = {
				'content-type': type,
				etag,
				'cache-control': immutable
					? 'public, max-age=31536000, immutable'
					: 'public, max-age=0, must-revalidate'
			};
			// Headers count at once, a body as it goes out (`send`); the log has both.
			const answer = (status: number, head: number, body = 0) => {
				wire += head;
				log.push({ path, status, bytes: head + body });
				res.writeHead(status, headers);
			};
			if (req.headers['if-none-match'] === etag) {
				answer(304, 200);
				res.end();
				return;
			}
			const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			const gzip = host === 'gzip' && accepts && compressible.test(type);
			// Like common hosts, no ranges of a body compressed on the fly.
			const range = ranges && !gzip ? rangeAnswer(req.headers.range, stat.size) : null;
			if (ranges && !gzip) headers['accept-ranges'] = 'bytes';
			if (range?.status === 416) {
				headers['content-range'] = `bytes */${stat.size}`;
				answer(416, 300);
				res.end();
				return;
			}
			const head = req.method === 'HEAD';
			let body: Buffer;
			let status = 200;
			if (range?.status === 206) {
				status = 206;
				headers['content-range'] = `bytes ${range.start}-${range.end}/${stat.size}`;
				headers['content-length'] = range.end - range.start + 1;
				body = head ? Buffer.alloc(0) : readSlice(file, range.start, range.end);
			} else if (gzip) {
				if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(file), { level: 6 }));
				body = gz.get(file)!;
				headers['content-encoding'] = 'gzip';
				headers.vary = 'accept-encoding';
			} else body = readFileSync(file);
			headers['content-length'] ??= body.length;
			if (head) {
				answer(status, 300);
				res.end();
			} else {
				answer(status, 300, body.length);
				await send(res, body);
			}
		})().catch(() => res.destroy());
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url: `${origin}${base}/`,
		bytes: () => wire,
		requests: () => count,
		served: () => log,
		resetCounters() {
			wire = 0;
			count = 0;
			log = [];
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
