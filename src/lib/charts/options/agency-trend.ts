import type { EChartsCoreOption } from 'echarts/core';
import { fixedGrid } from './grid';
import { tooltipHome } from './tooltip';

/** One month of an agency's trend (percentages 0–100, null when there is nothing to measure). */
export interface AgencyTrendPoint {
	month: string;
	attendance: number | null;
	resolved: number | null;
}

/** Labels and formatting the agency trend chart needs from the UI. */
export interface AgencyTrendText {
	attendance: string;
	resolved: string;
	monthLabel: (ym: string) => string;
	pctLabel: (v: number | null) => string;
}

/** An agency's months -> two percentage lines (attendance, forwarded resolved); gaps stay gaps. */
export function agencyTrendOption(
	points: AgencyTrendPoint[],
	text: AgencyTrendText
): EChartsCoreOption {
	const sorted = [...points].sort((a, b) => a.month.localeCompare(b.month));
	const line = (name: string, data: (number | null)[], color: string, dashed: boolean) => ({
		name,
		type: 'line',
		data,
		connectNulls: false,
		symbolSize: 6,
		lineStyle: { width: 2, color, type: dashed ? 'dashed' : 'solid' },
		itemStyle: { color }
	});
	return {
		animation: false,
		grid: fixedGrid({ left: 48, right: 16, top: 36, bottom: 32 }, ['100%']),
		legend: { top: 0 },
		tooltip: {
			...tooltipHome,
			trigger: 'axis',
			valueFormatter: (v: unknown) => text.pctLabel(typeof v === 'number' ? v : null)
		},
		xAxis: {
			type: 'category',
			// Labels as the categories: the tooltip names the month as the axis does.
			data: sorted.map((p) => text.monthLabel(p.month))
		},
		yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${v}%` } },
		series: [
			line(
				text.attendance,
				sorted.map((p) => p.attendance),
				'#0072b2',
				false
			),
			line(
				text.resolved,
				sorted.map((p) => p.resolved),
				'#d55e00',
				true
			)
		]
	};
}
