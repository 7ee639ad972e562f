import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNative, type NativeDb } from '../../../scripts/lib/native-db.ts';
import { histogramMedian, histogramSql, readHistogram } from './histogram';

let db: NativeDb;
beforeAll(async () => {
	db = await openNative();
});
afterAll(() => db?.close());

/** A small pseudo-random histogram (deterministic): values 0..30, counts 0..5, in any order. */
function histogram(seed: number): [number, number][] {
	let x = seed;
	const next = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
	const size = 1 + Math.floor(next() * 8);
	return Array.from({ length: size }, () => [Math.floor(next() * 31), Math.floor(next() * 6)]);
}

describe('histogramMedian', () => {
	it("equals DuckDB's median over the histogram expanded to one row per count", async () => {
		for (let seed = 1; seed <= 60; seed++) {
			const pairs = histogram(seed);
			const values = pairs.flatMap(([v, n]) => Array.from({ length: n }, () => v));
			// Integers only: the list is written into the statement.
			const [r] = await db.query(
				`SELECT median(v) AS m FROM (SELECT unnest([${values.join(', ')}]::INTEGER[]) AS v)`
			);
			expect(histogramMedian(pairs), JSON.stringify(pairs)).toBe(r!.m ?? null);
		}
	});

	it('is null for an empty histogram', () => {
		expect(histogramMedian([])).toBeNull();
		expect(histogramMedian([[3, 0]])).toBeNull();
	});
});

describe('histogramSql', () => {
	it('writes a group histogram that readHistogram reads back', async () => {
		const pairs = histogram(7).filter(([, n]) => n > 0);
		const rows = pairs.map(([v, n]) => `(${v}, ${n})`).join(', ');
		const [r] = await db.query(
			`SELECT ${histogramSql('v', 'n')} AS h FROM (VALUES ${rows}) t(v, n)`
		);
		const sort = (ps: [number, number][]) => [...ps].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
		expect(sort(readHistogram(String(r!.h)))).toEqual(sort(pairs));
	});
});
