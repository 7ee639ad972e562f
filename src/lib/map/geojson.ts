import { z } from 'zod';
import type { Polygon, Shape } from './shapes';

const position = z.array(z.number()).min(2);
const geometry = z.discriminatedUnion('type', [
	z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(position)) }),
	z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(position))) })
]);
const feature = z.object({
	type: z.literal('Feature'),
	properties: z.record(z.string(), z.unknown()).nullable(),
	geometry: geometry.nullable()
});
const featureCollection = z.object({
	type: z.literal('FeatureCollection'),
	features: z.array(feature)
});
const topology = z.object({
	type: z.literal('Topology'),
	transform: z
		.object({
			scale: z.tuple([z.number(), z.number()]),
			translate: z.tuple([z.number(), z.number()])
		})
		.optional(),
	arcs: z.array(z.array(z.array(z.number()))),
	objects: z.record(
		z.string(),
		z.object({
			type: z.literal('GeometryCollection'),
			geometries: z.array(
				z.object({
					type: z.string(),
					arcs: z.unknown().optional(),
					properties: z.record(z.string(), z.unknown()).optional()
				})
			)
		})
	)
});

/** A boundary file could not be read; the message says why (shown to the user). */
export class BoundaryError extends Error {}

const toPolygon = (rings: number[][][]): Polygon =>
	rings.map((r) => r.map((p) => [p[0]!, p[1]!] as [number, number]));

/** Decodes TopoJSON arcs (delta-encoded when quantized) into absolute positions. */
function decodeArcs(t: z.infer<typeof topology>): number[][][] {
	if (!t.transform) return t.arcs;
	const { scale, translate } = t.transform;
	return t.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map(([dx, dy]) => {
			x += dx!;
			y += dy!;
			return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
		});
	});
}

function ringFromArcs(arcs: number[][][], ids: number[]): number[][] {
	const out: number[][] = [];
	for (const id of ids) {
		const arc = id < 0 ? [...arcs[~id]!].reverse() : arcs[id]!;
		out.push(...(out.length ? arc.slice(1) : arc));
	}
	return out;
}

/** Reads a GeoJSON FeatureCollection or TopoJSON topology; `codeProp` names the Kemendagri code. */
export function parseBoundaries(text: string, codeProp = 'kode'): Shape[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new BoundaryError('not JSON');
	}
	const shapes: Shape[] = [];
	const add = (props: Record<string, unknown> | null | undefined, polys: Polygon[]) => {
		const code = props?.[codeProp];
		if (typeof code !== 'string' && typeof code !== 'number') return;
		const name = props?.nama ?? props?.name ?? null;
		shapes.push({
			code: String(code).trim(),
			name: name === null ? null : String(name),
			polygons: polys
		});
	};
	const fc = featureCollection.safeParse(json);
	if (fc.success) {
		for (const f of fc.data.features) {
			if (!f.geometry) continue;
			const polys =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			add(f.properties, polys.map(toPolygon));
		}
	} else {
		const topo = topology.safeParse(json);
		if (!topo.success) throw new BoundaryError('neither a GeoJSON FeatureCollection nor TopoJSON');
		const arcs = decodeArcs(topo.data);
		for (const obj of Object.values(topo.data.objects))
			for (const g of obj.geometries) {
				const a = g.arcs as number[][] | number[][][] | undefined;
				if (!a) continue;
				const polys =
					g.type === 'Polygon'
						? [a as number[][]]
						: g.type === 'MultiPolygon'
							? (a as number[][][])
							: [];
				add(
					g.properties,
					polys.map((p) => toPolygon(p.map((ids) => ringFromArcs(arcs, ids))))
				);
			}
	}
	if (shapes.length === 0) throw new BoundaryError(`no polygon carries a "${codeProp}" property`);
	return shapes;
}
