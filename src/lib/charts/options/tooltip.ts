/**
 * Where a chart's tooltip lives: in the chart's own element, named outright. Without it ECharts
 * reads the element's computed `position` at every update (a forced style recalculation in the
 * middle of a filter change's re-render: 2–6 ms a change); `EChart.svelte` gives the element
 * `position: relative`, which ECharts would otherwise set itself.
 */
export const tooltipHome = { appendTo: (dom: HTMLElement): HTMLElement => dom };
