import { requiredTables, tables } from '$lib/schema/index';
import { worded, type Problem } from './problems';
import { checkRelations, countSql, failedKeysSql, foreignKeys, relationChecks } from './relations';

/** What the checks between tables need to know of one table's file. */
export interface TableState {
	file: string;
	/** Contract columns and their 1-based number in the file. */
	columns: [string, number][];
	/** Whether its rows could be read (its header and encoding have no problem). */
	readable: boolean;
	/** Rows that failed their own checks, and their keys as written. */
	failed: number;
	failedKeys: string[];
}

/** A table whose checks between tables could not run, and why. */
export interface Skipped {
	table: string;
	file: string;
	reason: 'missing' | 'unreadable';
}

/**
 * The tables whose rows are unknown: a required table (or regions) without a file, or a file
 * whose header or encoding could not be read. Every check involving one of them is left out (it
 * would blame every row that refers to it); a missing optional table is simply empty.
 */
export function skippedTables(states: Record<string, TableState | undefined>): Skipped[] {
	const out: Skipped[] = [];
	for (const t of tables) {
		const s = states[t.name];
		if (s && !s.readable) out.push({ table: t.name, file: s.file, reason: 'unreadable' });
		else if (!s && (requiredTables.includes(t.name) || t.name === 'regions'))
			out.push({ table: t.name, file: `${t.name}.csv`, reason: 'missing' });
	}
	return out;
}

/** Whether any check between tables can run with `skipped` left out. */
export const anyRelationCheck = (skipped: Skipped[]) =>
	relationChecks(1, { skip: new Set(skipped.map((s) => s.table)) }).length > 0;

/** One line for the command line: which checks between tables were not run, and why. */
export function describeSkipped(s: Skipped): string {
	const why = s.reason === 'missing' ? 'is missing' : 'could not be read (see its problems)';
	return `checks between tables involving ${s.table} were not run because ${s.file} ${why}`;
}

/**
 * Runs the checks between tables on the stage tables of the rows that passed their own checks
 * (the same for the command line and the browser): required tables not empty, keys, references
 * and the region hierarchy. A reference to a row that failed its own checks is not blamed again;
 * checks involving a skipped table (`skippedTables`) are left out.
 */
export async function checkBetweenTables(
	query: (sql: string) => Promise<Record<string, unknown>[]>,
	states: Record<string, TableState | undefined>,
	add: (p: Problem, total: number) => void,
	cap = 20
): Promise<Skipped[]> {
	const skipped = skippedTables(states);
	const skip = new Set(skipped.map((s) => s.table));
	const failed = new Set<string>();
	for (const ref of new Set(foreignKeys.map((f) => f.ref))) {
		const keys = states[ref]?.failedKeys ?? [];
		if (skip.has(ref) || !keys.length) continue;
		await query(failedKeysSql(ref, keys));
		failed.add(ref);
	}
	for (const t of requiredTables) {
		const s = states[t];
		if (skip.has(t) || (s && s.failed > 0)) continue;
		const [r] = await query(countSql(t));
		if (Number(r!.n) === 0)
			add(
				{
					kind: 'empty_table',
					file: s?.file ?? `${t}.csv`,
					...worded('has no rows (required)', 'detail_empty_table')
				},
				1
			);
	}
	const columns = new Map(Object.entries(states).map(([t, s]) => [t, new Map(s?.columns)]));
	await checkRelations(
		query,
		(t) => states[t]?.file ?? `${t}.csv`,
		(t, f) => columns.get(t)?.get(f),
		add,
		cap,
		{ skip, failed }
	);
	return skipped;
}
