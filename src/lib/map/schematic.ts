import type { Shape } from './shapes';

/** A village to place on the schematic map: its code (the kecamatan is its first 8 characters). */
export interface TileInput {
	code: string;
	name: string | null;
}

/** A placed hexagon: axial coordinates (q, r). */
export interface Tile {
	code: string;
	name: string | null;
	q: number;
	r: number;
}

/** Axial offsets of a hex spiral (centre, then ring by ring) long enough for `n` cells. */
export function spiral(n: number): [number, number][] {
	const dirs: [number, number][] = [
		[1, 0],
		[1, -1],
		[0, -1],
		[-1, 0],
		[-1, 1],
		[0, 1]
	];
	const out: [number, number][] = [[0, 0]];
	for (let k = 1; out.length < n; k++) {
		let q = -k;
		let r = k; // start at direction 4 × k
		for (const [dq, dr] of dirs)
			for (let i = 0; i < k; i++) {
				out.push([q, r]);
				q += dq;
				r += dr;
			}
	}
	return out.slice(0, n);
}

/** Rings a spiral of `n` cells needs. */
const radius = (n: number) => {
	let k = 0;
	while (1 + 3 * k * (k + 1) < n) k++;
	return k;
};

/**
 * Lays villages out as equal hexagons, one compact spiral per kecamatan (villages in code
 * order), kecamatan clusters on a grid in code order with a gap between clusters. Deterministic:
 * the same codes always give the same tiles, and no two tiles share a cell.
 */
export function hexLayout(villages: TileInput[]): Tile[] {
	const groups = new Map<string, TileInput[]>();
	for (const v of [...villages].sort((a, b) => (a.code < b.code ? -1 : 1))) {
		const k = v.code.slice(0, 8);
		groups.set(k, [...(groups.get(k) ?? []), v]);
	}
	const R = Math.max(0, ...[...groups.values()].map((g) => radius(g.length)));
	const step = 2 * R + 2;
	const cols = Math.max(1, Math.ceil(Math.sqrt(groups.size * 1.3)));
	const tiles: Tile[] = [];
	[...groups.values()].forEach((g, i) => {
		const col = i % cols;
		const row = Math.floor(i / cols);
		const cq = col * step - Math.floor((row * step) / 2);
		const cr = row * step;
		spiral(g.length).forEach(([q, r], j) => tiles.push({ ...g[j]!, q: cq + q, r: cr + r }));
	});
	return tiles;
}

/** Vertex offsets of a pointy-top hexagon in lattice units (x: √3/2, y: 1/2). */
const corners: [number, number][] = [
	[1, -1],
	[1, 1],
	[0, 2],
	[-1, 1],
	[-1, -1],
	[0, -2]
];

/**
 * Hexagon polygons (pointy-top; `size` 1 touches the neighbours). Positions come from integer
 * lattice sums, so neighbouring hexagons share bit-identical corners; y grows upwards.
 */
export function hexShapes(tiles: Tile[], size = 0.96): Shape[] {
	const sx = Math.sqrt(3) / 2;
	return tiles.map((t) => {
		const X = 2 * t.q + t.r;
		const Y = 3 * t.r;
		const ring = [...corners, corners[0]!].map(
			([dx, dy]) => [(X + size * dx) * sx, -(Y + size * dy) * 0.5] as [number, number]
		);
		return { code: t.code, name: t.name, polygons: [[ring]] };
	});
}
