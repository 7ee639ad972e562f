/** Class-break methods the legend offers. */
export const breakMethods = ['quantile', 'equal', 'jenks'] as const;
/** A class-break method. */
export type BreakMethod = (typeof breakMethods)[number];

/** Upper bounds of the first `k - 1` classes (the last class is open), ascending, no duplicates. */
export function classBreaks(values: number[], k: number, method: BreakMethod): number[] {
	const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (xs.length === 0 || k < 2) return [];
	const min = xs[0]!;
	const max = xs[xs.length - 1]!;
	let b: number[];
	if (method === 'equal')
		b = Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k);
	else if (method === 'quantile')
		b = Array.from({ length: k - 1 }, (_, i) => xs[Math.ceil(((i + 1) * xs.length) / k) - 1]!);
	else b = jenks(xs, k);
	return [...new Set(b)].filter((v) => v < max);
}

/** The class (0-based) of `v`: the first class whose upper bound is at least `v`. */
export function classOf(v: number, breaks: number[]): number {
	let i = 0;
	while (i < breaks.length && v > breaks[i]!) i++;
	return i;
}

/** Fisher–Jenks natural breaks on sorted values (exact dynamic programme, O(k·n²)). */
function jenks(xs: number[], k: number): number[] {
	// Large inputs are sampled evenly: the breaks barely move and the cost stays small.
	const data =
		xs.length > 1000
			? Array.from({ length: 1000 }, (_, i) => xs[Math.floor((i * xs.length) / 1000)]!)
			: xs;
	const n = data.length;
	k = Math.min(k, n);
	const cost = Array.from({ length: k + 1 }, () => new Float64Array(n + 1).fill(Infinity));
	const cut = Array.from({ length: k + 1 }, () => new Int32Array(n + 1));
	const s1 = new Float64Array(n + 1);
	const s2 = new Float64Array(n + 1);
	for (let i = 0; i < n; i++) {
		s1[i + 1] = s1[i]! + data[i]!;
		s2[i + 1] = s2[i]! + data[i]! * data[i]!;
	}
	const ssd = (a: number, b: number) => {
		const m = b - a;
		const s = s1[b]! - s1[a]!;
		return s2[b]! - s2[a]! - (s * s) / m;
	};
	cost[0]![0] = 0;
	for (let c = 1; c <= k; c++)
		for (let j = c; j <= n; j++)
			for (let i = c - 1; i < j; i++) {
				const v = cost[c - 1]![i]! + ssd(i, j);
				if (v < cost[c]![j]!) {
					cost[c]![j] = v;
					cut[c]![j] = i;
				}
			}
	const out: number[] = [];
	let j = n;
	for (let c = k; c > 1; c--) {
		j = cut[c]![j]!;
		out.unshift(data[j - 1]!);
	}
	return out;
}
