/**
 * Which columns of a timeline of events (their days, in order) carry a month label: the first
 * event of a month, at least `gap` columns after the label before it, so labels never overlap
 * however few events a month has. A first month too short for its label (a period starting late
 * in a month) gives way to the next.
 */
export function monthLabelColumns(days: readonly string[], gap: number): Set<number> {
	const starts = days.flatMap((d, i) =>
		i === 0 || days[i - 1]!.slice(0, 7) !== d.slice(0, 7) ? [i] : []
	);
	const shown: number[] = [];
	starts.forEach((s, k) => {
		const last = shown.at(-1);
		const next = starts[k + 1];
		if (k === 0 && next !== undefined && next - s < gap) return;
		if (last === undefined || s - last >= gap) shown.push(s);
	});
	return new Set(shown);
}
