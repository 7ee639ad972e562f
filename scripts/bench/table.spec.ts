import { describe, expect, it } from 'vitest';
import { summarize } from './stats';
import { markdownTable, sizeRow, targetLines } from './table';

const row = (requests: number, firstRenderMs: number) =>
	sizeRow(
		{ requests, fileMb: 71.3, engineMs: 400, loadMs: 900, firstRenderMs, cached: 2 },
		[40, 50, 60, 200],
		[30, 40, 50],
		[10, 20, 30],
		[80, 100, 120]
	);

describe('table', () => {
	it('prints a header, an alignment line and a row per size', () => {
		const read = { ...row(1_000_000, 2500), read: { change: summarize([20, 30, 90]), cached: 7 } };
		const lines = markdownTable([row(100_000, 1000), read]).split('\n');
		expect(lines).toHaveLength(4);
		expect(lines[2]).toBe(
			'| 100,000 | 71.3 | 400 | 900 | 1,000 | 55 / 179 | 2 | – | 40 / 49 | 20 / 29 | 2.00× | 100 / 118 | 0.40× |'
		);
		expect(lines[3]).toContain('| 55 / 179 | 2 | 30 / 84 (7) | 40 / 49 |');
	});

	it('marks the 1M targets met or missed', () => {
		const text = targetLines([row(1_000_000, 3500)]);
		expect(text).toContain('❌ missed: interactive (first render) ≤ 3000 ms — measured 3,500 ms');
		expect(text).toContain('❌ missed: filter change p95');
		expect(text).toContain('✅ met: wasm/native ratio (medians) ≤ 2.5× — measured 2.00×');
		expect(text).toContain(
			'✅ met: wasm/native-on-raw-rows ratio (medians) ≤ 0.5× — measured 0.40×'
		);
	});

	it('says when 1M was not measured', () => {
		expect(targetLines([row(100_000, 1000)])).toContain('not measured');
	});
});
