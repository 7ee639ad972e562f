import type { EChartsCoreOption } from 'echarts/core';
import { tooltipHome } from './tooltip';

/** One series of a bar chart: its name, one value per category and its colour. */
export interface BarSeries {
	name: string;
	values: (number | null)[];
	color: string;
}

/** Colour-blind-safe series colours (Okabe–Ito), in order. */
export const barColors = ['#0072b2', '#009e73', '#e69f00', '#cc79a7', '#d55e00', '#56b4e9'];

/**
 * Bars per category (horizontal: categories top to bottom, in the given order), stacked when
 * `stack` is set; `valueLabel` formats axis and tooltip numbers in the UI's locale (`axisLabel`, if
 * given, the value axis's numbers, and `axisName` names that axis, e.g. its unit). With `keys`
 * (one per category) each bar carries its category's key (what a click picks); with `selected`
 * the other categories' bars fade and the selected one stays (click to filter keeps siblings).
 */
export function barsOption(
	categories: string[],
	series: BarSeries[],
	opts: {
		stack?: boolean;
		horizontal?: boolean;
		valueLabel: (v: number) => string;
		axisLabel?: (v: number) => string;
		axisName?: string;
		keys?: string[];
		selected?: string;
	}
): EChartsCoreOption {
	const item = (v: number | null, i: number) => {
		const key = opts.keys?.[i];
		if (key === undefined) return v;
		const faded = opts.selected !== undefined && key !== opts.selected;
		return { value: v, key, itemStyle: faded ? { opacity: 0.3 } : undefined };
	};
	const cat = {
		type: 'category',
		data: categories,
		inverse: opts.horizontal ?? false,
		axisLabel: { width: 160, overflow: 'truncate' }
	};
	const val = {
		type: 'value',
		name: opts.axisName,
		axisLabel: { formatter: (v: number) => (opts.axisLabel ?? opts.valueLabel)(v) }
	};
	return {
		animation: false,
		grid: { left: opts.horizontal ? 170 : 56, right: 16, top: 32, bottom: 32 },
		legend: series.length > 1 ? { top: 0 } : undefined,
		tooltip: {
			...tooltipHome,
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			valueFormatter: (v: unknown) => (typeof v === 'number' ? opts.valueLabel(v) : '—')
		},
		xAxis: opts.horizontal ? val : cat,
		yAxis: opts.horizontal ? cat : val,
		series: series.map((s) => ({
			name: s.name,
			type: 'bar',
			stack: opts.stack ? 'all' : undefined,
			data: s.values.map(item),
			itemStyle: { color: s.color }
		}))
	};
}
