import { describe, expect, it } from 'vitest';
import { readArgs, UsageError } from './args';

describe('bench args', () => {
	it('measures 100k and 1M with 30 changes by default', () => {
		expect(readArgs([])).toMatchObject({
			sizes: [100_000, 1_000_000],
			changes: 30,
			seed: 1,
			readMs: 1500,
			pointMs: 1000
		});
		expect(readArgs(['--read-ms', '0'])?.readMs).toBe(0);
		expect(readArgs(['--point-ms', '0'])?.pointMs).toBe(0);
		expect(() => readArgs(['--read-ms', '-1'])).toThrow(UsageError);
		expect(() => readArgs(['--point-ms', 'x'])).toThrow(UsageError);
	});

	it('adds 10M with --10m and reads --sizes', () => {
		expect(readArgs(['--10m'])?.sizes).toEqual([100_000, 1_000_000, 10_000_000]);
		expect(readArgs(['--sizes', '1_000_000, 10000000', '--10m'])?.sizes).toEqual([
			1_000_000, 10_000_000
		]);
	});

	it('rejects fewer than 20 changes and unknown flags as usage errors', () => {
		expect(() => readArgs(['--changes', '5'])).toThrow(UsageError);
		expect(() => readArgs(['--bogus'])).toThrow(UsageError);
	});

	it('returns null for --help', () => {
		expect(readArgs(['-h'])).toBeNull();
	});
});
