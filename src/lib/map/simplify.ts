import type { Ring, Shape } from './shapes';

/** Squared distance of `p` from the segment `a`–`b`. */
function segDist2(p: [number, number], a: [number, number], b: [number, number]): number {
	let [x, y] = a;
	let dx = b[0] - x;
	let dy = b[1] - y;
	if (dx !== 0 || dy !== 0) {
		const t = Math.max(0, Math.min(1, ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy)));
		x += dx * t;
		y += dy * t;
	}
	dx = p[0] - x;
	dy = p[1] - y;
	return dx * dx + dy * dy;
}

/** Douglas–Peucker on a closed ring; keeps at least four positions (a triangle, closed). */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
	if (ring.length <= 4) return ring;
	const keep = new Uint8Array(ring.length);
	keep[0] = keep[ring.length - 1] = 1;
	// Split the closed ring at its farthest point from the start so both halves are open paths.
	let far = 1;
	let best = -1;
	for (let i = 1; i < ring.length - 1; i++) {
		const d = (ring[i]![0] - ring[0]![0]) ** 2 + (ring[i]![1] - ring[0]![1]) ** 2;
		if (d > best) [best, far] = [d, i];
	}
	keep[far] = 1;
	const t2 = tolerance * tolerance;
	const stack: [number, number][] = [
		[0, far],
		[far, ring.length - 1]
	];
	while (stack.length) {
		const [a, b] = stack.pop()!;
		let idx = -1;
		let max = t2;
		for (let i = a + 1; i < b; i++) {
			const d = segDist2(ring[i]!, ring[a]!, ring[b]!);
			if (d > max) [max, idx] = [d, i];
		}
		if (idx >= 0) {
			keep[idx] = 1;
			stack.push([a, idx], [idx, b]);
		}
	}
	const out = ring.filter((_, i) => keep[i]);
	return out.length >= 4 ? out : ring;
}

/** Simplifies every ring of the shapes and rounds positions to `digits` decimals. */
export function simplifyShapes(shapes: Shape[], tolerance: number, digits = 5): Shape[] {
	const f = 10 ** digits;
	const r = (v: number) => Math.round(v * f) / f;
	return shapes.map((s) => ({
		...s,
		polygons: s.polygons.map((p) =>
			p.map((ring) =>
				simplifyRing(ring, tolerance).map(([x, y]) => [r(x), r(y)] as [number, number])
			)
		)
	}));
}
