import type { Ring, Shape } from './shapes';

const key = (p: [number, number]) => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;

/**
 * Merges the polygons of each group (e.g. villages by kecamatan code) into one outline by
 * dropping the edges two members share; what remains is chained into rings. Holes and islands
 * come out as separate rings of one polygon, to be filled with the even–odd rule.
 */
export function dissolve(shapes: Shape[], groupOf: (s: Shape) => string): Shape[] {
	const groups = new Map<string, Shape[]>();
	for (const s of shapes) {
		const g = groupOf(s);
		groups.set(g, [...(groups.get(g) ?? []), s]);
	}
	return [...groups].map(([code, members]) => ({ code, name: null, polygons: [outline(members)] }));
}

function outline(members: Shape[]): Ring[] {
	const count = new Map<string, number>();
	const edges: [[number, number], [number, number]][] = [];
	for (const s of members)
		for (const poly of s.polygons)
			for (const ring of poly)
				for (let i = 0; i + 1 < ring.length; i++) {
					const a = ring[i]!;
					const b = ring[i + 1]!;
					const ka = key(a);
					const kb = key(b);
					if (ka === kb) continue;
					const k = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
					count.set(k, (count.get(k) ?? 0) + 1);
					edges.push([a, b]);
				}
	const next = new Map<string, [number, number][]>();
	for (const [a, b] of edges) {
		const ka = key(a);
		const kb = key(b);
		if (ka === kb || count.get(ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`) !== 1) continue;
		next.set(ka, [...(next.get(ka) ?? []), b]);
	}
	const rings: Ring[] = [];
	for (const [start, outs] of next) {
		while (outs.length) {
			const ring: Ring = [start.split(',').map(Number) as [number, number]];
			let cur = outs.pop()!;
			let guard = 0;
			while (key(cur) !== start && guard++ < 1e6) {
				ring.push(cur);
				const o = next.get(key(cur));
				if (!o?.length) break;
				cur = o.pop()!;
			}
			ring.push(ring[0]!);
			if (ring.length >= 4) rings.push(ring);
		}
	}
	return rings;
}
