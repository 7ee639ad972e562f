import { classBreaks, classOf } from '../../src/lib/map/classify.ts';
import { drawAreas, drawOutlines, recolour, type L } from '../../src/lib/map/draw.ts';
import { sequential } from '../../src/lib/map/palette.ts';
import type { Shape } from '../../src/lib/map/shapes.ts';
import type { AreaState } from '../../src/lib/map/choropleth.ts';

declare const window: Window & { L: L; jbBench: unknown };

const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));

/** Colours shapes by a seeded pseudo-random metric, quantile classes, as the map page does. */
function states(codes: string[], seed: number): Map<string, AreaState> {
	const values = codes.map((_, i) => ((i * 2654435761 + seed * 97) % 1000) / 10);
	const breaks = classBreaks(values, sequential.length, 'quantile');
	return new Map(
		codes.map((c, i) => {
			const cls = classOf(values[i]!, breaks);
			return [c, { kind: 'value', cls, fill: sequential[cls]!, value: values[i]!, n: 10 }];
		})
	);
}

/** Draws shapes with the page's drawing code; returns first-render and recolour times (ms). */
async function run(shapes: Shape[], outlines: Shape[], plane: boolean, recolours: number) {
	const L = window.L;
	const el = document.getElementById('map')!;
	const t0 = performance.now();
	const map = L.map(el, {
		preferCanvas: true,
		crs: plane ? L.CRS.Simple : L.CRS.EPSG3857,
		minZoom: -8
	});
	const renderer = L.canvas({ padding: 0.2 });
	const group = L.layerGroup().addTo(map);
	const codes = shapes.map((s) => s.code);
	let st = states(codes, 0);
	const layers = drawAreas(L, group, shapes, renderer, (c) => st.get(c));
	drawOutlines(L, group, outlines, renderer);
	const b = L.featureGroup([...layers.values()]).getBounds();
	map.fitBounds(b);
	await frame();
	const firstRenderMs = performance.now() - t0;
	const recolourMs: number[] = [];
	for (let i = 1; i <= recolours; i++) {
		const t = performance.now();
		st = states(codes, i);
		recolour(layers, (c) => st.get(c));
		await frame();
		recolourMs.push(performance.now() - t);
	}
	map.remove();
	return { firstRenderMs, recolourMs };
}

window.jbBench = { run };
