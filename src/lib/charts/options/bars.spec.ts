import { describe, expect, it } from 'vitest';
import { barsOption } from './bars';

describe('barsOption', () => {
	it('puts categories on the y axis when horizontal and stacks every series', () => {
		const o = barsOption(
			['A', 'B'],
			[
				{ name: 'x', values: [1, 2], color: '#000' },
				{ name: 'y', values: [3, null], color: '#111' }
			],
			{ stack: true, horizontal: true, valueLabel: (v) => `${v}` }
		) as { yAxis: { data: string[] }; series: { stack?: string; data: unknown[] }[] };
		expect(o.yAxis.data).toEqual(['A', 'B']);
		expect(o.series.map((s) => [s.stack, s.data])).toEqual([
			['all', [1, 2]],
			['all', [3, null]]
		]);
	});
});
