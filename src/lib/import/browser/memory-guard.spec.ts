import { describe, expect, it } from 'vitest';
import { memoryVerdict, textBytes } from './memory-guard';

const MiB = 2 ** 20;
const env = { deviceMemory: 8, jsHeapSizeLimit: 4096 * MiB };

describe('memoryVerdict', () => {
	it('lets the demo data (1M requests, 142 MiB) in and stops ten times as much before reading', () => {
		expect(memoryVerdict([{ name: 'requests.csv', size: 142 * MiB }], env).ok).toBe(true);
		const big = memoryVerdict([{ name: 'requests.csv', size: 1420 * MiB }], env);
		expect(big.ok).toBe(false);
		if (!big.ok) expect(big.need).toBeGreaterThan(big.have);
	});

	it('counts a workbook as its unzipped text and trusts a small device less', () => {
		expect(
			textBytes([
				{ name: 'a.xlsx', size: 10 },
				{ name: 'b.csv', size: 10 }
			])
		).toBe(60);
		const file = [{ name: 'requests.csv', size: 300 * MiB }];
		expect(memoryVerdict(file, env).ok).toBe(true);
		expect(memoryVerdict(file, { deviceMemory: 2 }).ok).toBe(false);
	});
});
