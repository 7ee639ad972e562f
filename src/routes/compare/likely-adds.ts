import type { Row } from '$lib/sql';

/**
 * The areas a planner is likely to add to the comparison next: the ends of the ranking shown
 * (the highest `n` and the lowest `n` of `metricId`, highest first), leaving out the areas
 * chosen and those without a value (not drawn). None once the comparison is full (`full`).
 */
export function likelyAdds(
	rows: Row[],
	metricId: string,
	chosen: string[],
	full: boolean,
	n = 3
): string[] {
	if (full) return [];
	const ranked = rows
		.filter((r) => typeof r[metricId] === 'number' && !chosen.includes(String(r.code)))
		.sort((a, b) => (b[metricId] as number) - (a[metricId] as number))
		.map((r) => String(r.code));
	return ranked.length <= 2 * n ? ranked : [...ranked.slice(0, n), ...ranked.slice(-n)];
}
