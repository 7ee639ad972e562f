import type { EChartsCoreOption } from 'echarts/core';
import { fixedGrid } from './grid';
import { tooltipHome } from './tooltip';

/** One point of a monthly trend. */
export interface TrendPoint {
	month: string;
	value: number | null;
	/** The period or the data covers the month only in part: drawn hollow, not as a drop. */
	partial?: boolean;
}

/** Labels and number formatting the trend chart needs from the UI. */
export interface TrendText {
	seriesName: string;
	monthLabel: (ym: string) => string;
	valueLabel: (v: number | null) => string;
}

/** Monthly trend rows -> a line chart option; months without data are gaps, not zeros. */
export function trendOption(points: TrendPoint[], text: TrendText): EChartsCoreOption {
	const sorted = [...points].sort((a, b) => a.month.localeCompare(b.month));
	const values = sorted.flatMap((p) => (p.value === null ? [] : [p.value]));
	const extremes = [0, Math.min(0, ...values), Math.max(0, ...values)];
	return {
		animation: false,
		grid: fixedGrid(
			{ left: 56, right: 16, top: 24, bottom: 32 },
			extremes.map((v) => text.valueLabel(v))
		),
		tooltip: {
			...tooltipHome,
			trigger: 'axis',
			valueFormatter: (v: unknown) => text.valueLabel(typeof v === 'number' ? v : null)
		},
		xAxis: {
			type: 'category',
			// Labels as the categories: the tooltip names the month as the axis does.
			data: sorted.map((p) => text.monthLabel(p.month))
		},
		yAxis: {
			type: 'value',
			axisLabel: { formatter: (v: number) => text.valueLabel(v) }
		},
		series: [
			{
				name: text.seriesName,
				type: 'line',
				data: sorted.map((p) =>
					p.partial ? { value: p.value, symbol: 'emptyCircle', symbolSize: 9 } : p.value
				),
				connectNulls: false,
				symbolSize: 6,
				lineStyle: { width: 2, color: '#0f766e' },
				itemStyle: { color: '#0f766e' }
			}
		]
	};
}
