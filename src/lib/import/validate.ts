import type { Shape, Table } from '$lib/schema/define';
import { CsvTokenizer, defaultLimits, type CsvLimits } from './csv-reader';
import { readTableFile, type FileReport } from './file-reader';
import { describeProblem, ProblemLog, type Problem } from './problems';
import { TableChecker } from './table-check';

/** The outcome of checking one file's text for one table: rows only when there are no problems. */
export interface CheckedText {
	rows: Record<string, string | number | boolean | null>[];
	/** Physical line of each row. */
	lines: number[];
	problems: Problem[];
	log: ProblemLog;
	report: FileReport;
}

/**
 * Checks a whole file held in memory (small files, tests): the same streaming checks as the
 * folder importer, one chunk. The relational checks need every table and run on DuckDB
 * (`relations.ts`).
 */
export async function checkText<C extends Shape>(
	table: Table<C>,
	text: string | Uint8Array,
	file = `${table.name}.csv`,
	limits: CsvLimits = defaultLimits
): Promise<CheckedText> {
	const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
	const names = Object.keys(table.columns);
	const rows: CheckedText['rows'] = [];
	const lines: number[] = [];
	const log = new ProblemLog();
	async function* one() {
		yield bytes;
	}
	const report = await readTableFile(
		table as unknown as Table,
		file,
		one(),
		log,
		(values, line) => {
			rows.push(Object.fromEntries(names.map((n, i) => [n, values[i]!])));
			lines.push(line);
		},
		limits
	);
	return { rows: log.size ? [] : rows, lines, problems: log.kept, log, report };
}

/** A problem as the first browser import reads it (`importCsv`). */
export interface ImportIssue {
	line: number;
	column?: number;
	field?: string;
	message: string;
	kind?: Problem['kind'];
}

/** The outcome of `importCsv`: rows only when there are no issues. */
export interface ImportResult {
	table: string;
	rows: Record<string, unknown>[];
	dropped: string[];
	droppedPersonal: string[];
	issues: ImportIssue[];
}

/**
 * Checks decoded text synchronously with the same reader and checks as `checkText` (for callers
 * that already hold the text, such as the browser worker). Relational checks are in `relations.ts`.
 */
export function importCsv<C extends Shape>(
	table: Table<C>,
	text: string,
	maxIssues = 100
): ImportResult {
	const t = table as unknown as Table;
	const names = Object.keys(t.columns);
	const log = new ProblemLog(maxIssues, maxIssues);
	const rows: Record<string, unknown>[] = [];
	const checker = new TableChecker(t, `${t.name}.csv`, log, (values) => {
		rows.push(Object.fromEntries(names.map((n, i) => [n, values[i]!])));
	});
	const tok = new CsvTokenizer(
		(r) => checker.record(r),
		(p) => log.add({ ...p, file: `${t.name}.csv` })
	);
	tok.push(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	tok.end();
	const report = checker.finish();
	return {
		table: t.name,
		rows: log.size ? [] : rows,
		dropped: report.dropped,
		droppedPersonal: report.droppedPersonal,
		issues: log.kept.map((p) => ({
			line: p.line ?? 1,
			column: p.column,
			field: p.field,
			message: p.message,
			kind: p.kind
		}))
	};
}

/** One line per issue: `events.csv line 14, column 7 (date): …`. */
export function describeIssue(file: string, i: ImportIssue): string {
	return describeProblem({ kind: i.kind ?? 'value', file, ...i });
}
