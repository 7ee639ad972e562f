/** A ring of `[x, y]` positions (`[lng, lat]` for real boundaries). */
export type Ring = [number, number][];
/** A polygon: outer ring then holes. */
export type Polygon = Ring[];

/** One area to draw: Kemendagri code, name from the file, polygons. */
export interface Shape {
	code: string;
	name: string | null;
	polygons: Polygon[];
}

/** A set of shapes with where they came from. */
export interface ShapeSet {
	source: 'boundaries' | 'schematic';
	/** Plane of the coordinates: geographic `[lng, lat]` or schematic units. */
	crs: 'geo' | 'plane';
	villages: Shape[];
	districts: Shape[];
}

/** Bounding box `[minX, minY, maxX, maxY]` of shapes. */
export function bbox(shapes: Shape[]): [number, number, number, number] {
	let [a, b, c, d] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const s of shapes)
		for (const p of s.polygons)
			for (const [x, y] of p[0] ?? []) {
				if (x < a) a = x;
				if (y < b) b = y;
				if (x > c) c = x;
				if (y > d) d = y;
			}
	return [a, b, c, d];
}
