import type { Shape, Table } from '$lib/schema/define';
import { planColumns } from './columns';
import { parseCsv, type ImportIssue } from './parse-csv';

/** The outcome of reading one file for one table: rows only when there are no issues. */
export interface ImportResult {
	table: string;
	rows: Record<string, unknown>[];
	dropped: string[];
	droppedPersonal: string[];
	issues: ImportIssue[];
}

/** Reads CSV text for a contract table: parse, keep contract columns, validate every cell. */
export function importCsv<C extends Shape>(
	table: Table<C>,
	text: string,
	maxIssues = 50
): ImportResult {
	const parsed = parseCsv(text);
	const plan = planColumns(table as unknown as Table, parsed.header);
	const issues = [...parsed.issues, ...plan.issues];
	const rows: Record<string, unknown>[] = [];
	if (issues.length === 0) {
		const names = Object.keys(plan.indexOf);
		for (let r = 0; r < parsed.rows.length && issues.length < maxIssues; r++) {
			const cells = parsed.rows[r]!;
			// Only contract columns are copied: dropped (possibly personal) cells are never kept.
			const raw = Object.fromEntries(
				names.map((n) => {
					const v = cells[plan.indexOf[n]!]?.trim() ?? '';
					return [n, v === '' ? null : v];
				})
			);
			const res = table.row.safeParse(raw);
			if (res.success) rows.push(res.data);
			else
				for (const e of res.error.issues) {
					const field = String(e.path[0] ?? '');
					issues.push({
						line: r + 2,
						column: (plan.indexOf[field] ?? -1) + 1 || undefined,
						field,
						message: `${e.message} (value: ${JSON.stringify(raw[field] ?? null)})`
					});
				}
		}
	}
	return {
		table: table.name,
		rows: issues.length ? [] : rows,
		dropped: plan.dropped,
		droppedPersonal: plan.droppedPersonal,
		issues: issues.slice(0, maxIssues)
	};
}

/** One line per issue: `events.csv line 14, column 7 (date): …`. */
export function describeIssue(file: string, i: ImportIssue): string {
	const where = [`line ${i.line}`, i.column ? `column ${i.column}` : null]
		.filter(Boolean)
		.join(', ');
	return `${file} ${where}${i.field ? ` (${i.field})` : ''}: ${i.message}`;
}
