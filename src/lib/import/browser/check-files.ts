import type { Table } from '$lib/schema/define';
import { requiredTables, tables } from '$lib/schema/index';
import { importCsv } from '../validate';
import { recognise, type RecognisedBy } from './recognise';

/** One input: a file (or one sheet of a workbook) as text. */
export interface InputText {
	file: string;
	text: string;
	encoding: string;
	/** Names that may tell the table, tried in order (a sheet's name, then its file's). */
	names?: string[];
}

/** What was made of one input. */
export interface FileReport {
	file: string;
	table: string | null;
	by: RecognisedBy | null;
	encoding: string;
	rows: number;
	dropped: string[];
	droppedPersonal: string[];
	problems: number;
}

/** One problem, located as a spreadsheet user would find it. */
export interface Problem {
	file: string;
	line: number | null;
	column: number | null;
	field: string | null;
	/** What kind of problem, for grouping: the message without the offending value. */
	kind: string;
	message: string;
}

/** The outcome of checking a set of files; `csv` (one clean CSV per table) only when clean. */
export interface CheckResult {
	files: FileReport[];
	problems: Problem[];
	csv: Record<string, string> | null;
	counts: Record<string, number>;
}

const MAX_ISSUES = 100_000;

function cell(v: unknown): string {
	if (v === null || v === undefined) return '';
	const s = String(v);
	return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Clean rows as CSV in contract column order, as the command-line importer writes them. */
function toCsv(t: Table, rows: Record<string, unknown>[]): string {
	const names = Object.keys(t.columns);
	const lines = [names.join(',')];
	for (const r of rows) lines.push(names.map((n) => cell(r[n])).join(','));
	return lines.join('\n') + '\n';
}

const fileProblem = (file: string, message: string): Problem => ({
	file,
	line: null,
	column: null,
	field: null,
	kind: message,
	message
});

/**
 * Checks every input with the importer's own checks (`importCsv`), recognises its table, and
 * returns the clean CSVs only when no file has a problem and every required table is there.
 */
export function checkFiles(inputs: InputText[]): CheckResult {
	const files: FileReport[] = [];
	const problems: Problem[] = [];
	const rows = new Map<string, Record<string, unknown>[]>();
	const seen = new Map<string, string>();
	for (const input of inputs) {
		const header = input.text.split(/\r?\n/, 1)[0]!.split(/[,;\t]/);
		const names = input.names ?? [input.file];
		const hit = names.map((n) => recognise(n, [])).find(Boolean) ?? recognise(names[0]!, header);
		const report: FileReport = {
			file: input.file,
			table: hit?.table.name ?? null,
			by: hit?.by ?? null,
			encoding: input.encoding,
			rows: 0,
			dropped: [],
			droppedPersonal: [],
			problems: 0
		};
		files.push(report);
		if (!hit) {
			problems.push(fileProblem(input.file, 'table not recognised from the file name or header'));
			report.problems = 1;
			continue;
		}
		const other = seen.get(hit.table.name);
		if (other) {
			problems.push(fileProblem(input.file, `${hit.table.name} is also in ${other}`));
			report.problems = 1;
			continue;
		}
		seen.set(hit.table.name, input.file);
		const res = importCsv(hit.table, input.text, MAX_ISSUES);
		report.dropped = res.dropped;
		report.droppedPersonal = res.droppedPersonal;
		report.rows = res.rows.length;
		report.problems = res.issues.length;
		for (const i of res.issues)
			problems.push({
				file: input.file,
				line: i.line,
				column: i.column ?? null,
				field: i.field ?? null,
				kind: `${i.field ? `${i.field}: ` : ''}${i.message.replace(/\s*\(value: .*\)$/s, '')}`,
				message: i.message
			});
		rows.set(hit.table.name, res.rows);
	}
	for (const t of [...requiredTables, 'regions'])
		if (!rows.has(t)) problems.push(fileProblem(`${t}.csv`, `${t} is missing (required)`));
	const counts = Object.fromEntries(tables.map((t) => [t.name, rows.get(t.name)?.length ?? 0]));
	const csv = problems.length
		? null
		: Object.fromEntries(tables.map((t) => [t.name, toCsv(t, rows.get(t.name) ?? [])]));
	return { files, problems, csv, counts };
}
