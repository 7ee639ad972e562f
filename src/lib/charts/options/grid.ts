/** A cartesian grid's margins in px. */
export interface GridMargins {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Width in px of one character of a 12 px axis label, rounded up (digits, dots, letters). */
const CHAR_PX = 7.5;

/**
 * A grid whose margins are final. Left to itself (`outerBoundsMode: 'auto'`), ECharts 6 lays out
 * and measures every axis label at each `setOption` to keep them inside the chart: in CPU
 * profiles of filter changes that was the largest part of a chart update. The left margin is
 * widened to fit the widest of `valueLabels` (the labels of the value axis' extremes), with room
 * for one more character, as nice ticks may round past the data (9.300 → 10.000).
 */
export function fixedGrid(margins: GridMargins, valueLabels: string[] = []) {
	const widest = Math.max(0, ...valueLabels.map((l) => l.length));
	const left = Math.max(margins.left, Math.ceil((widest + 1) * CHAR_PX) + 8);
	return { ...margins, left, outerBoundsMode: 'none' as const };
}
