import { describe, expect, it } from 'vitest';
import { trendOption } from './trend';

describe('trendOption', () => {
	it('orders months and keeps missing values as gaps', () => {
		const opt = trendOption(
			[
				{ month: '2025-02', value: 5 },
				{ month: '2025-01', value: null }
			],
			{ seriesName: 'x', monthLabel: (m) => `month ${m}`, valueLabel: (v) => String(v) }
		) as { xAxis: { data: string[] }; series: { data: (number | null)[] }[] };
		// The categories are the labels: the tooltip names a month as the axis does.
		expect(opt.xAxis.data).toEqual(['month 2025-01', 'month 2025-02']);
		expect(opt.series[0]!.data).toEqual([null, 5]);
	});
	it('draws partial months hollow', () => {
		const opt = trendOption(
			[
				{ month: '2025-01', value: 3, partial: true },
				{ month: '2025-02', value: 5 }
			],
			{ seriesName: 'x', monthLabel: (m) => m, valueLabel: (v) => String(v) }
		) as { series: { data: unknown[] }[] };
		expect(opt.series[0]!.data).toEqual([{ value: 3, symbol: 'emptyCircle', symbolSize: 9 }, 5]);
	});
	it('fixes its margins, wide enough for the widest value label', () => {
		const grid = (max: number) =>
			(
				trendOption([{ month: '2025-01', value: max }], {
					seriesName: 'x',
					monthLabel: (m) => m,
					valueLabel: (v) => (v === null ? '—' : v.toLocaleString('id-ID'))
				}) as { grid: { left: number; outerBoundsMode: string } }
			).grid;
		// ECharts measures no label at each update: the margins are the option's.
		expect(grid(5).outerBoundsMode).toBe('none');
		expect(grid(5).left).toBe(56);
		// '12.345.678' (10 characters) and one more for a rounded tick: at 7.5 px each.
		expect(grid(12_345_678).left).toBeGreaterThanOrEqual(11 * 7.5);
	});
});
