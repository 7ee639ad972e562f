import type { Table } from '$lib/schema/define';
import { personalColumnPatterns } from '$lib/schema';
import type { ImportIssue } from './parse-csv';

/** How a file's header maps onto a contract table. */
export interface ColumnPlan {
	/** For each contract column, its index in the file. */
	indexOf: Record<string, number>;
	/** Columns of the file that are not in the contract and are never read. */
	dropped: string[];
	/** Of those, the ones that look personal (NIK, names, phones, addresses). */
	droppedPersonal: string[];
	issues: ImportIssue[];
}

/** Maps a header onto a table: keeps contract columns only, reports missing required ones. */
export function planColumns(table: Table, header: string[]): ColumnPlan {
	const norm = header.map((h) => h.trim().toLowerCase());
	const indexOf: Record<string, number> = {};
	const issues: ImportIssue[] = [];
	for (const [name, c] of Object.entries(table.columns)) {
		const i = norm.indexOf(name);
		if (i >= 0) indexOf[name] = i;
		else if (c.required)
			issues.push({ line: 1, field: name, message: `required column "${name}" is missing` });
	}
	const known = new Set(Object.keys(table.columns));
	const dropped = header.filter((h) => !known.has(h.trim().toLowerCase()));
	const droppedPersonal = dropped.filter((h) =>
		personalColumnPatterns.some((p) => p.test(h.trim()))
	);
	return { indexOf, dropped, droppedPersonal, issues };
}
