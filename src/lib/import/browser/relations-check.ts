import { checkBetweenTables } from '../between';
import { ProblemLog } from '../problems';
import { KEEP_PROBLEMS, type CheckResult } from './check-files';

/** Runs SQL on a DuckDB (here duckdb-wasm) and returns plain rows. */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * The checks between tables, as the command-line importer makes them (`between.ts`), on the stage
 * tables (`stage_<table>` with `_line`, inserted from the worker's Arrow staging) of the rows that
 * passed their own checks. The stage tables stay for the build (`loadFromStageSql`).
 */
export async function checkTablesInDuckDb(
	query: Query,
	filesOf: CheckResult['files_of']
): Promise<ProblemLog> {
	const log = new ProblemLog(KEEP_PROBLEMS, KEEP_PROBLEMS);
	await checkBetweenTables(query, filesOf, (p, n) => log.add(p, n), KEEP_PROBLEMS);
	return log;
}

/** The checks found problems (`log`: between tables; `outcome`: in the files): nothing is replaced. */
export class TableProblems extends Error {
	constructor(
		readonly log: ProblemLog,
		readonly outcome: CheckResult
	) {
		super(`problems between tables: ${log.summary()}`);
	}
}
