import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A network profile: bandwidth shared by every response, and the delay before each response. */
export interface Profile {
	name: string;
	bytesPerSecond: number;
	rttMs: number;
}

/** Chrome DevTools' "Slow 4G": 1.6 Mbit/s down, 150 ms round trip. */
export const SLOW_4G: Profile = { name: 'Slow 4G', bytesPerSecond: 1_600_000 / 8, rttMs: 150 };

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.duckdb': 'application/octet-stream'
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg']);

/** A throttled static server and what it sent since the last `reset`. */
export interface ThrottledServer {
	url: string;
	/** Bytes on the wire (headers and bodies, gzip where hosts gzip) and the paths requested. */
	sent(): { bytes: number; paths: string[] };
	reset(): void;
	close(): Promise<void>;
}

/**
 * Serves a built site under `base` like a static host (gzip for text, `dir/` -> index.html) through
 * one shared link: every response waits one round trip, then all bodies share the bandwidth.
 */
export async function serveThrottled(
	root: string,
	base: string,
	p: Profile
): Promise<ThrottledServer> {
	const dir = resolve(root);
	let bytes = 0;
	let paths: string[] = [];
	// One link: chunks leave in order at the profile's rate, whoever they belong to.
	let linkFreeAt = 0;
	const send = (chunk: Buffer): Promise<void> => {
		const now = performance.now();
		linkFreeAt = Math.max(linkFreeAt, now) + (chunk.length / p.bytesPerSecond) * 1000;
		bytes += chunk.length;
		return new Promise((ok) => setTimeout(ok, linkFreeAt - now));
	};
	const server: Server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		paths.push(path);
		await new Promise((ok) => setTimeout(ok, p.rttMs));
		let file = normalize(join(dir, path.slice(base.length)));
		if (!path.startsWith(base + '/') || !file.startsWith(dir)) file = '';
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file || !existsSync(file)) {
			res.writeHead(404).end();
			return;
		}
		const ext = extname(file);
		const gzip = compressible.has(ext) && /gzip/.test(String(req.headers['accept-encoding']));
		const body = gzip ? gzipSync(readFileSync(file)) : null;
		const headers: Record<string, string | number> = {
			'content-type': types[ext] ?? 'application/octet-stream',
			'content-length': body ? body.length : statSync(file).size,
			'cache-control': 'no-cache'
		};
		if (gzip) headers['content-encoding'] = 'gzip';
		bytes += 200; // status line and headers, roughly
		res.writeHead(200, headers);
		const stream = body ? [body] : createReadStream(file, { highWaterMark: 16_384 });
		for await (const c of stream) {
			const chunk = c as Buffer;
			for (let i = 0; i < chunk.length; i += 16_384) {
				const part = chunk.subarray(i, i + 16_384);
				await send(part);
				res.write(part);
			}
		}
		res.end();
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		url: `${origin}${base}/`,
		sent: () => ({ bytes, paths }),
		reset: () => ((bytes = 0), (paths = [])),
		close: () => new Promise((ok) => server.close(() => ok()))
	};
}

/** Size of a file as hosts send it (gzip for text). */
export function wireSize(file: string): number {
	const data = readFileSync(file);
	return compressible.has(extname(file)) ? gzipSync(data).length : data.length;
}
