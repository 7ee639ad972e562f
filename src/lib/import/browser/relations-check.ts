import { requiredTables } from '$lib/schema/index';
import { ProblemLog } from '../problems';
import { checkRelations, countSql } from '../relations';
import { KEEP_PROBLEMS, type CheckResult } from './check-files';

/** Runs SQL on a DuckDB (here duckdb-wasm) and returns plain rows. */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * The checks between tables, as the command-line importer makes them, on the stage tables
 * (`stage_<table>` with `_line`, inserted from the worker's Arrow staging): required tables
 * non-empty, then keys, references and the code hierarchy (`relations.ts`). The stage tables
 * stay for the build (`loadFromStageSql`).
 */
export async function checkTablesInDuckDb(
	query: Query,
	filesOf: CheckResult['files_of']
): Promise<ProblemLog> {
	const log = new ProblemLog(KEEP_PROBLEMS, KEEP_PROBLEMS);
	for (const t of requiredTables) {
		const [r] = await query(countSql(t));
		if (Number(r!.n) === 0)
			log.add({
				kind: 'empty_table',
				file: filesOf[t]?.file ?? `${t}.csv`,
				message: 'has no rows (required)'
			});
	}
	const columns = new Map(
		Object.entries(filesOf).map(([t, f]) => [t, new Map(f.columns)] as const)
	);
	await checkRelations(
		query,
		(t) => filesOf[t]?.file ?? `${t}.csv`,
		(t, f) => columns.get(t)?.get(f),
		(p, n) => log.add(p, n),
		KEEP_PROBLEMS
	);
	return log;
}

/** The checks between tables found problems: nothing is replaced. */
export class TableProblems extends Error {
	constructor(readonly log: ProblemLog) {
		super(`problems between tables: ${log.summary()}`);
	}
}
