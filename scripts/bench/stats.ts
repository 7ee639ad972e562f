/** Median and 95th percentile of a sample. */
export interface Summary {
	median: number;
	p95: number;
	n: number;
}

/**
 * The q-quantile (0..1) of `xs` with linear interpolation between closest ranks
 * (numpy's default, "type 7"); NaN for an empty sample.
 */
export function quantile(xs: readonly number[], q: number): number {
	if (xs.length === 0) return NaN;
	if (q < 0 || q > 1) throw new RangeError(`quantile must be within 0..1, got ${q}`);
	const s = [...xs].sort((a, b) => a - b);
	const pos = (s.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

/** Median of `xs` (NaN when empty). */
export function median(xs: readonly number[]): number {
	return quantile(xs, 0.5);
}

/** 95th percentile of `xs` (NaN when empty). */
export function p95(xs: readonly number[]): number {
	return quantile(xs, 0.95);
}

/** Median, p95 and count of `xs`. */
export function summarize(xs: readonly number[]): Summary {
	return { median: median(xs), p95: p95(xs), n: xs.length };
}
