import { describe, expect, it } from 'vitest';
import { niceCeil, rankOption, smallMultiplesOption } from './compare';

const text = { monthLabel: (m: string) => m, valueLabel: (v: number | null) => String(v) };

describe('compare charts', () => {
	it('draw one panel per area on one shared scale', () => {
		const o = smallMultiplesOption(
			['2025-01', '2025-02'],
			[
				{ name: 'A', values: [1, 8] },
				{ name: 'B', values: [null, 3] }
			],
			{ ...text, monthLabel: (m: string) => `month ${m}` }
		) as { xAxis: { data: string[] }[]; yAxis: { max: number }[]; series: { data: unknown[] }[] };
		// Every panel's categories are the month labels (the tooltip names a month as the axis).
		expect(o.xAxis.map((x) => x.data)).toEqual([
			['month 2025-01', 'month 2025-02'],
			['month 2025-01', 'month 2025-02']
		]);
		expect(o.yAxis.map((y) => y.max)).toEqual([8, 8]);
		expect([niceCeil(44.4), niceCeil(0), niceCeil(0.031)]).toEqual([45, 1, 0.035]);
		expect(o.series[1]!.data).toEqual([null, 3]);
	});
	it('rank areas largest on top, chosen ones darker, without the ones that have no value', () => {
		const o = rankOption(
			[
				{ code: 'a', name: 'A', value: 2, chosen: false },
				{ code: 'b', name: 'B', value: 5, chosen: true },
				{ code: 'c', name: 'C', value: null, chosen: false }
			],
			'x',
			text
		) as { yAxis: { data: string[] }; series: { data: { itemStyle: { color: string } }[] }[] };
		// ECharts draws the first category at the bottom.
		expect(o.yAxis.data).toEqual(['A', 'B']);
		expect(o.series[0]!.data[1]!.itemStyle.color).not.toBe(o.series[0]!.data[0]!.itemStyle.color);
	});
	it('leaves the bars room on a phone: names take less than half of a narrow chart', () => {
		const items = [{ code: 'a', name: 'A', value: 2, chosen: false }];
		const at = (w: number) =>
			rankOption(items, 'x', text, w) as {
				grid: { left: number };
				yAxis: { axisLabel: { width: number } };
			};
		expect(at(1000).yAxis.axisLabel.width).toBe(170);
		expect(at(290).grid.left).toBeLessThanOrEqual(290 * 0.45);
		expect(at(290).yAxis.axisLabel.width).toBeLessThan(at(290).grid.left);
	});
});
