import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rangeAnswer } from './http-range';
import { serveThrottled, type Link } from './throttle-server';

const quick: Link = { name: 'test', downBps: 1e10, upBps: 1e10, rttMs: 0 };
const file = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
let dir = '';

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'jb-range-'));
	writeFileSync(join(dir, 'analytics.abc123.duckdb'), file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rangeAnswer', () => {
	it('answers one range, an open end, a suffix, one past the end and malformed ones', () => {
		expect(rangeAnswer('bytes=10-19', 100)).toEqual({ status: 206, start: 10, end: 19 });
		expect(rangeAnswer('bytes=90-', 100)).toEqual({ status: 206, start: 90, end: 99 });
		expect(rangeAnswer('bytes=90-500', 100)).toEqual({ status: 206, start: 90, end: 99 });
		expect(rangeAnswer('bytes=-10', 100)).toEqual({ status: 206, start: 90, end: 99 });
		expect(rangeAnswer('bytes=100-', 100)).toEqual({ status: 416 });
		expect(rangeAnswer('bytes=0-1,5-6', 100)).toEqual({ status: 200 });
		expect(rangeAnswer(undefined, 100)).toEqual({ status: 200 });
	});
});

describe('the throttled host', () => {
	const get = async (ranges: boolean, headers: Record<string, string>, method = 'GET') => {
		const host = await serveThrottled(dir, '/base', 'gzip', quick, { ranges });
		try {
			const res = await fetch(`${host.url}analytics.abc123.duckdb`, { headers, method });
			const body = Buffer.from(await res.arrayBuffer());
			return { res, body, served: [...host.served()] };
		} finally {
			await host.close();
		}
	};

	it('sends the asked bytes with 206 and Content-Range', async () => {
		const { res, body, served } = await get(true, { range: 'bytes=1000-1999' });
		expect(res.status).toBe(206);
		expect(res.headers.get('accept-ranges')).toBe('bytes');
		expect(res.headers.get('content-range')).toBe(`bytes 1000-1999/${file.length}`);
		expect(res.headers.get('content-length')).toBe('1000');
		expect(body.equals(file.subarray(1000, 2000))).toBe(true);
		expect(served).toEqual([{ path: '/base/analytics.abc123.duckdb', status: 206, bytes: 1300 }]);
	});

	it("answers a HEAD with a range by the range's length and no body", async () => {
		const { res, body } = await get(true, { range: 'bytes=0-' }, 'HEAD');
		expect(res.status).toBe(206);
		expect(res.headers.get('content-length')).toBe(String(file.length));
		expect(body.length).toBe(0);
	});

	it('answers a range past the end with 416', async () => {
		const { res } = await get(true, { range: `bytes=${file.length}-` });
		expect(res.status).toBe(416);
		expect(res.headers.get('content-range')).toBe(`bytes */${file.length}`);
	});

	it('without range support, sends the whole file and no Accept-Ranges', async () => {
		const { res, body } = await get(false, { range: 'bytes=1000-1999' });
		expect(res.status).toBe(200);
		expect(res.headers.get('accept-ranges')).toBeNull();
		expect(res.headers.get('content-range')).toBeNull();
		expect(body.equals(file)).toBe(true);
	});
});
