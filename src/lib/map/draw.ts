import type * as Leaflet from 'leaflet';
import type { AreaState } from './choropleth';
import type { Shape } from './shapes';

/** The Leaflet module, loaded on demand (it touches `window`). */
export type L = typeof Leaflet;

/** Positions of a shape as Leaflet lat/lngs (`[y, x]`). */
export function latLngs(s: Shape): [number, number][][][] {
	return s.polygons.map((p) => p.map((ring) => ring.map(([x, y]) => [y, x] as [number, number])));
}

/** Path style of an area state: dashed grey for no data, dotted for too few cases. */
export function areaStyle(st: AreaState | undefined, selected = false): Leaflet.PathOptions {
	const kind = st?.kind ?? 'nodata';
	return {
		fillColor: st?.fill ?? '#c4c4c4',
		fillOpacity: kind === 'value' || kind === 'never' ? 0.85 : 0.7,
		color: selected ? '#111827' : kind === 'few' ? '#6b7280' : '#ffffff',
		weight: selected ? 2.5 : kind === 'few' || kind === 'nodata' ? 1.2 : 0.6,
		dashArray: kind === 'nodata' ? '4 3' : kind === 'few' ? '1 3' : undefined
	};
}

/** Draws area polygons into one group; returns the layers by code. */
export function drawAreas(
	L: L,
	group: Leaflet.LayerGroup,
	shapes: Shape[],
	renderer: Leaflet.Renderer,
	state: (code: string) => AreaState | undefined
): Map<string, Leaflet.Polygon> {
	const layers = new Map<string, Leaflet.Polygon>();
	for (const s of shapes) {
		const layer = L.polygon(latLngs(s), { ...areaStyle(state(s.code)), renderer });
		layers.set(s.code, layer);
		group.addLayer(layer);
	}
	return layers;
}

/** Recolours drawn areas (no redraw of geometry beyond one canvas pass). */
export function recolour(
	layers: Map<string, Leaflet.Polygon>,
	state: (code: string) => AreaState | undefined,
	selected?: string
): void {
	for (const [code, layer] of layers) layer.setStyle(areaStyle(state(code), code === selected));
}

/** Outlines (no fill) of larger areas over the choropleth, e.g. kecamatan over villages. */
export function drawOutlines(
	L: L,
	group: Leaflet.LayerGroup,
	shapes: Shape[],
	renderer: Leaflet.Renderer
): void {
	for (const s of shapes)
		group.addLayer(
			L.polygon(latLngs(s), {
				renderer,
				fill: false,
				color: '#1f2937',
				weight: 1.6,
				interactive: false
			})
		);
}
