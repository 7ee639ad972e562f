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

describe('barsOption value axis', () => {
	it('names the value axis and formats its numbers apart from the tooltip', () => {
		const o = barsOption(['A'], [{ name: 'x', values: [1.5], color: '#000' }], {
			valueLabel: (v) => `${v} t`,
			axisLabel: (v) => `${v}`,
			axisName: 't'
		}) as {
			yAxis: { name: string; axisLabel: { formatter: (v: number) => string } };
			tooltip: { valueFormatter: (v: number) => string };
		};
		expect(o.yAxis.name).toBe('t');
		expect(o.yAxis.axisLabel.formatter(2)).toBe('2');
		expect(o.tooltip.valueFormatter(1.5)).toBe('1.5 t');
	});
});

describe('barsOption with keys', () => {
	it('gives each bar its key and fades the bars of the categories not selected', () => {
		const o = barsOption(['A', 'B'], [{ name: 'x', values: [1, 2], color: '#000' }], {
			valueLabel: (v) => `${v}`,
			keys: ['a', 'b'],
			selected: 'b'
		}) as { series: { data: { value: number; key: string; itemStyle?: object }[] }[] };
		expect(o.series[0]!.data).toEqual([
			{ value: 1, key: 'a', itemStyle: { opacity: 0.3 } },
			{ value: 2, key: 'b', itemStyle: undefined }
		]);
	});
});
