import type { Table } from '$lib/schema/define';
import { tables } from '$lib/schema/index';

const norm = (s: string) =>
	s
		.trim()
		.toLowerCase()
		.replace(/[\s.-]+/g, '_');

/** How a file's table was recognised. */
export type RecognisedBy = 'name' | 'header';

/**
 * The contract table a file (or sheet) holds: by its name (`events.csv`, `Event Agencies.xlsx`,
 * a sheet named `requests`), else by its header (the table whose columns it carries most of, all
 * required ones included). Null when neither tells.
 */
export function recognise(
	name: string,
	header: readonly string[]
): { table: Table; by: RecognisedBy } | null {
	const base = norm(name.replace(/\.[^.]*$/, ''));
	const byName =
		tables.find((t) => base === t.name) ??
		tables
			.filter((t) => base.endsWith(`_${t.name}`))
			.sort((a, b) => b.name.length - a.name.length)[0];
	if (byName) return { table: byName, by: 'name' };
	const cols = new Set(header.map(norm));
	let best: { table: Table; score: number } | null = null;
	for (const t of tables) {
		const names = Object.keys(t.columns);
		const required = names.filter((n) => t.columns[n]!.required);
		if (!required.every((n) => cols.has(n))) continue;
		const score = names.filter((n) => cols.has(n)).length / names.length;
		if (!best || score > best.score) best = { table: t, score };
	}
	return best ? { table: best.table, by: 'header' } : null;
}
