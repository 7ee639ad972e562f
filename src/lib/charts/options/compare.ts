import type { EChartsCoreOption } from 'echarts/core';
import { tooltipHome } from './tooltip';

/** Labels and number formatting the compare charts need from the UI. */
export interface CompareText {
	monthLabel: (ym: string) => string;
	valueLabel: (v: number | null) => string;
}

/** One area's monthly values, aligned with the shared list of months. */
export interface CompareSeries {
	name: string;
	values: (number | null)[];
}

const ROW_HEIGHT = 110;
const TOP = 28;

/** A round upper bound at or above `x` (1, 1.5, 2, 2.5 … times a power of ten); 1 for 0. */
export function niceCeil(x: number): number {
	if (!(x > 0)) return 1;
	const p = 10 ** Math.floor(Math.log10(x));
	return (Math.ceil((x / p) * 2) / 2) * p;
}

/** Height in pixels the small multiples need for `n` areas. */
export function smallMultiplesHeight(n: number): number {
	return TOP + n * ROW_HEIGHT + 24;
}

/**
 * Small multiples: one line chart per area, stacked, on one shared y scale (the largest value of
 * every area) and one shared x axis of months, so heights compare across panels.
 */
export function smallMultiplesOption(
	months: string[],
	series: CompareSeries[],
	text: CompareText
): EChartsCoreOption {
	const max = niceCeil(Math.max(0, ...series.flatMap((s) => s.values.filter((v) => v !== null))));
	const idx = series.map((_, i) => i);
	return {
		animation: false,
		tooltip: {
			...tooltipHome,
			trigger: 'axis',
			valueFormatter: (v: unknown) => text.valueLabel(typeof v === 'number' ? v : null)
		},
		title: series.map((s, i) => ({
			text: s.name,
			top: TOP + i * ROW_HEIGHT - 22,
			left: 56,
			textStyle: { fontSize: 12, fontWeight: 600, color: '#1f2937' }
		})),
		grid: idx.map((i) => ({
			left: 56,
			right: 16,
			top: TOP + i * ROW_HEIGHT,
			height: ROW_HEIGHT - 40
		})),
		xAxis: idx.map((i) => ({
			type: 'category',
			gridIndex: i,
			// Labels as the categories: the tooltip names the month as the axis does.
			data: months.map((ym) => text.monthLabel(ym)),
			axisLabel: { show: i === series.length - 1 }
		})),
		yAxis: idx.map((i) => ({
			type: 'value',
			gridIndex: i,
			min: 0,
			max,
			interval: max / 2,
			axisLabel: { formatter: (v: number) => text.valueLabel(v) }
		})),
		series: series.map((s, i) => ({
			name: s.name,
			type: 'line',
			xAxisIndex: i,
			yAxisIndex: i,
			data: s.values,
			connectNulls: false,
			symbolSize: 5,
			lineStyle: { width: 2, color: '#0f766e' },
			itemStyle: { color: '#0f766e' }
		}))
	};
}

/** One bar of the ranked bar chart. */
export interface RankItem {
	code: string;
	name: string;
	value: number | null;
	chosen: boolean;
}

/** Height in pixels the ranked bar needs for `n` areas. */
export function rankHeight(n: number): number {
	return 40 + n * 18;
}

/** Width of the area names beside the bars: 170 px, less on a narrow chart (a phone). */
export function rankLabelWidth(chartWidth: number): number {
	return Math.round(Math.min(170, Math.max(80, chartWidth * 0.38)));
}

/**
 * Areas ranked by one figure, largest on top; the chosen areas are drawn darker. Areas without a
 * value are left out (the table beside it lists them with "—"). `chartWidth` (px) narrows the
 * names' column and thins the value axis on a phone.
 */
export function rankOption(
	items: RankItem[],
	seriesName: string,
	text: CompareText,
	chartWidth = 800
): EChartsCoreOption {
	const ranked = items
		.filter((i) => i.value !== null)
		.sort((a, b) => a.value! - b.value! || b.name.localeCompare(a.name));
	const names = rankLabelWidth(chartWidth);
	return {
		animation: false,
		grid: { left: names + 10, right: 56, top: 8, bottom: 24 },
		tooltip: {
			...tooltipHome,
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			valueFormatter: (v: unknown) => text.valueLabel(typeof v === 'number' ? v : null)
		},
		xAxis: {
			type: 'value',
			splitNumber: chartWidth < 500 ? 2 : 5,
			axisLabel: { hideOverlap: true, formatter: (v: number) => text.valueLabel(v) }
		},
		yAxis: {
			type: 'category',
			data: ranked.map((i) => i.name),
			axisLabel: { width: names, overflow: 'truncate', fontSize: 11 }
		},
		series: [
			{
				name: seriesName,
				type: 'bar',
				data: ranked.map((i) => ({
					value: i.value,
					code: i.code,
					itemStyle: { color: i.chosen ? '#0f766e' : '#9fc9c4' }
				})),
				label: {
					show: true,
					position: 'right',
					fontSize: 10,
					formatter: (p: { value: number }) => text.valueLabel(p.value)
				}
			}
		]
	};
}
