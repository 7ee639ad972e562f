import type { MapMetric } from '$lib/queries/map-metrics';
import { MIN_CASES } from '$lib/queries/map-metrics';
import { classBreaks, classOf, type BreakMethod } from './classify';
import { NEVER, NO_DATA, sequential, TOO_FEW } from './palette';

/** What an area shows: a class colour, no data, too few cases, or never visited. */
export type AreaKind = 'value' | 'nodata' | 'few' | 'never';

/** The drawn state of one area: kind, class, fill and the figures behind it. */
export interface AreaState {
	kind: AreaKind;
	cls: number | null;
	fill: string;
	value: number | null;
	n: number;
}

/** A map row: area code, metric values and case counts by column. */
export type MapRow = Record<string, string | number | boolean | null>;

/** The legend and the state of every area for one metric and break method. */
export interface Choropleth {
	breaks: number[];
	min: number | null;
	max: number | null;
	colors: string[];
	areas: Map<string, AreaState>;
}

/**
 * The words of an area without a figure: a figure of the service days held (its case count is
 * the events) in an area that had none in the period says so; any other says "no data".
 */
export function noDataKey(metric: Pick<MapMetric, 'n'>, n: number): 'map_no_event' | 'map_no_data' {
	return metric.n === 'events' && n === 0 ? 'map_no_event' : 'map_no_data';
}

/** Classifies rows for a metric: rates with fewer than `MIN_CASES` cases are not judged. */
export function choropleth(rows: MapRow[], metric: MapMetric, method: BreakMethod): Choropleth {
	const areas = new Map<string, AreaState>();
	const judged: number[] = [];
	const pending: [string, number, number][] = [];
	for (const r of rows) {
		const code = String(r.code);
		const v = r[metric.id];
		const n = Number(r[metric.n] ?? 0);
		if (metric.id === 'days_since_visit' && v === null)
			areas.set(code, { kind: 'never', cls: null, fill: NEVER, value: null, n });
		else if (v === null || v === undefined || !Number.isFinite(Number(v)))
			areas.set(code, { kind: 'nodata', cls: null, fill: NO_DATA, value: null, n });
		else if (metric.rate && n < MIN_CASES)
			areas.set(code, { kind: 'few', cls: null, fill: TOO_FEW, value: Number(v), n });
		else {
			judged.push(Number(v));
			pending.push([code, Number(v), n]);
		}
	}
	const breaks = classBreaks(judged, sequential.length, method);
	const colors = sequential.slice(0, breaks.length + 1);
	for (const [code, value, n] of pending) {
		const cls = classOf(value, breaks);
		areas.set(code, { kind: 'value', cls, fill: colors[cls]!, value, n });
	}
	return {
		breaks,
		min: judged.length ? Math.min(...judged) : null,
		max: judged.length ? Math.max(...judged) : null,
		colors: [...colors],
		areas
	};
}
