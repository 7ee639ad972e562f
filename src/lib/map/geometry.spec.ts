import { describe, expect, it } from 'vitest';
import { dissolve } from './dissolve';
import { BoundaryError, parseBoundaries } from './geojson';
import { joinByCode } from './join';
import { hexLayout, hexShapes, spiral } from './schematic';
import { simplifyRing } from './simplify';
import type { Shape } from './shapes';

const square = (code: string, x: number, y: number): Shape => ({
	code,
	name: code,
	polygons: [
		[
			[
				[x, y],
				[x + 1, y],
				[x + 1, y + 1],
				[x, y + 1],
				[x, y]
			]
		]
	]
});

describe('boundary files', () => {
	const fc = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { kode: '35.14.06.2021', nama: 'Tundosuro' },
				geometry: square('', 0, 0).polygons[0] && {
					type: 'Polygon',
					coordinates: square('', 0, 0).polygons[0]
				}
			},
			{
				type: 'Feature',
				properties: { kode: '99.99.99.9999', nama: 'X' },
				geometry: {
					type: 'MultiPolygon',
					coordinates: [square('', 2, 0).polygons[0], square('', 4, 0).polygons[0]]
				}
			},
			{
				type: 'Feature',
				properties: { nama: 'no code' },
				geometry: { type: 'Polygon', coordinates: square('', 0, 0).polygons[0] }
			}
		]
	};

	it('joins on the code, never on the name, and reports both sides', () => {
		const shapes = parseBoundaries(JSON.stringify(fc));
		expect(shapes.map((s) => s.code)).toEqual(['35.14.06.2021', '99.99.99.9999']);
		expect(shapes[1]!.polygons).toHaveLength(2);
		// The data spells the name "Tundosoro": the join still matches on the code.
		const r = joinByCode(shapes, ['35.14.06.2021', '35.14.06.2022']);
		expect(r.matched.map((s) => s.code)).toEqual(['35.14.06.2021']);
		expect(r.missing).toEqual(['35.14.06.2022']);
		expect(r.unknown).toEqual(['99.99.99.9999']);
	});

	it('reads the code from a chosen property and TopoJSON with quantized arcs', () => {
		const topo = {
			type: 'Topology',
			transform: { scale: [1, 1], translate: [10, 20] },
			arcs: [
				[
					[0, 0],
					[1, 0],
					[0, 1],
					[-1, 0],
					[0, -1]
				]
			],
			objects: {
				desa: {
					type: 'GeometryCollection',
					geometries: [{ type: 'Polygon', arcs: [[0]], properties: { KDEPUM: '35.14.01.2001' } }]
				}
			}
		};
		const [s] = parseBoundaries(JSON.stringify(topo), 'KDEPUM');
		expect(s!.code).toBe('35.14.01.2001');
		expect(s!.polygons[0]![0]).toEqual([
			[10, 20],
			[11, 20],
			[11, 21],
			[10, 21],
			[10, 20]
		]);
	});

	it('rejects files that are not boundaries with a clear message', () => {
		expect(() => parseBoundaries('{oops')).toThrow(BoundaryError);
		expect(() => parseBoundaries('{"type":"Point"}')).toThrow(/GeoJSON/);
		expect(() => parseBoundaries(JSON.stringify(fc), 'KODE')).toThrow(/KODE/);
	});

	it('dissolves neighbours into one outline and simplifies without collapsing', () => {
		const [d] = dissolve([square('a', 0, 0), square('b', 1, 0)], () => 'k');
		expect(d!.polygons[0]).toHaveLength(1);
		expect(d!.polygons[0]![0]).toHaveLength(7); // 6 corners on the outline, closed
		const line = Array.from({ length: 50 }, (_, i) => [i, i % 2 ? 1e-9 : 0] as [number, number]);
		const ring = [...line, [49, 10], [0, 10], [0, 0]] as [number, number][];
		expect(simplifyRing(ring, 0.001).length).toBeLessThan(8);
	});
});

describe('schematic layout', () => {
	const villages = Array.from({ length: 300 }, (_, i) => ({
		code: `35.14.${String((i % 13) + 1).padStart(2, '0')}.${2001 + i}`,
		name: `Desa ${i}`
	}));

	it('is deterministic and independent of input order', () => {
		const a = hexLayout(villages);
		const b = hexLayout([...villages].reverse());
		expect(b).toEqual(a);
	});

	it('gives every village its own cell, kecamatan apart from each other', () => {
		const tiles = hexLayout(villages);
		expect(new Set(tiles.map((t) => `${t.q},${t.r}`)).size).toBe(villages.length);
		const cell = new Map(tiles.map((t) => [`${t.q},${t.r}`, t.code.slice(0, 8)]));
		const dirs = [
			[1, 0],
			[1, -1],
			[0, -1],
			[-1, 0],
			[-1, 1],
			[0, 1]
		];
		for (const t of tiles)
			for (const [dq, dr] of dirs) {
				const n = cell.get(`${t.q + dq!},${t.r + dr!}`);
				if (n) expect(n).toBe(t.code.slice(0, 8));
			}
		expect(spiral(7)).toHaveLength(7);
		expect(new Set(spiral(100).map((p) => p.join())).size).toBe(100);
	});

	it('neighbouring hexagons share corners exactly, so kecamatan dissolve cleanly', () => {
		const tiles = hexLayout(villages.slice(0, 40));
		const kec = dissolve(hexShapes(tiles, 1), (s) => s.code.slice(0, 8));
		// A compact spiral has one outer ring and no holes.
		for (const k of kec) expect(k.polygons[0]).toHaveLength(1);
	});
});
