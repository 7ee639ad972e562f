import type { Table } from '$lib/schema/define';
import { requiredTables, tables } from '$lib/schema/index';
import { readTableFile } from '../file-reader';
import { anyRelationCheck, skippedTables, type Skipped, type TableState } from '../between';
import { ProblemLog, worded, type Problem, type ProblemKind, type Worded } from '../problems';
import type { Normalised } from '../table-check';
import { recognise, type RecognisedBy } from './recognise';
import { KEEP_PROBLEMS } from './part-check';
import { planSplit, readSplit, type PartRunner } from './split-read';
import { StagedRows, type Staged } from './staged';

/** The contract table named `name`. */
export const byName = (name: string) => (tables as Table[]).find((t) => t.name === name)!;

/** One input: a file, or one sheet of a workbook, as a stream of bytes. */
export interface Input {
	file: string;
	/** Names that may tell the table, tried in order (a sheet's name, then its file's). */
	names: string[];
	/** The first bytes, to recognise the table from the header when the names do not tell. */
	head: string;
	chunks: AsyncIterable<Uint8Array>;
	/** Set for a sheet of a workbook (the text is the sheet as CSV). */
	format?: string;
	/** The whole file, when it may be read in parts side by side (`Splitter`). */
	blob?: Blob;
	/** Why the file cannot be read at all (a zip that is no workbook): its one problem. */
	problem?: Worded;
}

/** What was made of one input. */
export interface FileReport {
	file: string;
	table: string | null;
	/** How the table was recognised; `current`: the regions of the data in use, none given. */
	by: RecognisedBy | 'current' | null;
	encoding: string;
	delimiter: string;
	rows: number;
	dropped: string[];
	droppedPersonal: string[];
	normalised: Normalised[];
	/** Milliseconds spent reading and checking this file in the worker. */
	ms: number;
}

/**
 * The outcome of the file-by-file checks; `staged` only when no file has a problem. The rows that
 * passed their own checks go to `onPart` even when others failed, for the checks between tables.
 */
export interface CheckResult {
	files: FileReport[];
	/** Problems kept (the first ones of each kind), located by file, line and column. */
	problems: Problem[];
	/** Every problem counted by kind. */
	counts: Partial<Record<ProblemKind, number>>;
	staged: Record<string, Staged> | null;
	/** Per table: its file's name, its contract columns' numbers in that file, its failed rows. */
	files_of: Record<string, TableState>;
	/** Tables whose checks between tables cannot run (their file is missing or unreadable). */
	skipped: Skipped[];
	/** Whether the checks between tables run next (on the staged rows that passed). */
	between: boolean;
}

export { KEEP_PROBLEMS };

/** Reads a large file in parts side by side: how many, from what size, and how (`PartRunner`). */
export interface Splitter {
	parts: (bytes: number) => number;
	run: (table: string, blob: Blob) => PartRunner;
}

/**
 * Checks every input with the importer's own reader and checks (`readTableFile`: encoding, CSV,
 * header, cells, rows), after recognising its table. Clean rows are staged as the command-line
 * importer stages them; the relational checks then run on DuckDB (`relations.ts`). When no input
 * holds the regions, `currentRegions` (those of the data in use) is read and checked instead.
 * With `onPart`, each staged batch goes there as soon as it is full (the parts in `staged` are
 * then empty), so DuckDB takes the rows while the rest is read. With `splitter`, a large file is
 * read in parts side by side, with the same problems, lines and rows as one read.
 */
export async function checkFiles(
	inputs: Input[],
	onRows: (rows: number) => void = () => undefined,
	currentRegions?: Input,
	onPart?: (table: string, ipc: Uint8Array) => void,
	splitter?: Splitter
): Promise<CheckResult> {
	// `skip`: batches already handed on (by the first part of a file read again whole).
	const stage = (t: Table, skip = 0) =>
		new StagedRows(t, onPart && ((ipc: Uint8Array) => (skip > 0 ? skip-- : onPart(t.name, ipc))));
	const log = new ProblemLog(KEEP_PROBLEMS, KEEP_PROBLEMS);
	const files: FileReport[] = [];
	const staged = new Map<string, StagedRows>();
	const filesOf: CheckResult['files_of'] = {};
	let total = 0;
	for (const input of currentRegions ? [...inputs, currentRegions] : inputs) {
		const current = input === currentRegions;
		if (current && filesOf.regions) continue;
		const header = input.head
			.replace(/^\uFEFF/, '')
			.split(/\r?\n/, 1)[0]!
			.split(/[,;\t]/);
		const hit: { table: Table; by: FileReport['by'] } | null = current
			? { table: byName('regions'), by: 'current' }
			: input.problem
				? null
				: (input.names.map((n) => recognise(n, [])).find(Boolean) ?? recognise(input.file, header));
		const report: FileReport = {
			file: input.file,
			table: hit?.table.name ?? null,
			by: hit?.by ?? null,
			encoding: input.format ?? '',
			delimiter: '',
			rows: 0,
			dropped: [],
			droppedPersonal: [],
			normalised: [],
			ms: 0
		};
		files.push(report);
		if (!hit) {
			log.add({
				kind: 'file',
				file: input.file,
				...(input.problem ?? worded('no contract table: name or header', 'detail_no_table'))
			});
			continue;
		}
		const other = filesOf[hit.table.name];
		if (other) {
			log.add({
				kind: 'file',
				file: input.file,
				...worded(
					`${hit.table.name} is also in ${other.file}`,
					'detail_table_twice',
					{ table: hit.table.name, other: other.file },
					{ table: 'table' }
				)
			});
			continue;
		}
		let rows = stage(hit.table as Table);
		const t0 = performance.now();
		const k = splitter && input.blob ? splitter.parts(input.blob.size) : 1;
		const plan = k > 1 ? await planSplit(input.blob!, input.file, k) : null;
		const base = total;
		let split = plan
			? await readSplit(
					plan,
					splitter!.run(hit.table.name, input.blob!),
					log,
					(ipc) => rows.take(ipc),
					(n) => onRows(base + n)
				)
			: null;
		if (split && 'fallback' in split) {
			rows = stage(hit.table as Table, onPart ? split.fallback : 0);
			split = null;
		}
		const r =
			split ??
			(await readTableFile(hit.table, input.file, input.chunks, log, (values, line) => {
				rows.add(values, line);
				if (++total % 10_000 === 0) onRows(total);
			}));
		if (split) total += split.rows;
		Object.assign(report, {
			encoding: input.format ?? r.encoding ?? '',
			delimiter: r.delimiter ?? '',
			rows: r.rows,
			dropped: r.dropped,
			droppedPersonal: r.droppedPersonal,
			normalised: r.normalised,
			ms: performance.now() - t0
		});
		staged.set(hit.table.name, rows);
		filesOf[hit.table.name] = {
			file: input.file,
			columns: r.columns,
			readable: r.readable,
			failed: r.failed,
			failedKeys: r.failedKeys
		};
	}
	onRows(total);
	for (const t of [...requiredTables, 'regions'])
		if (!filesOf[t])
			log.add({
				kind: 'file',
				file: `${t}.csv`,
				...(t === 'regions'
					? worded(
							'is missing: add regions.csv (the regions of the data in use stand in once it has loaded)',
							'detail_regions_missing'
						)
					: worded('is missing (required)', 'detail_file_missing'))
			});
	const clean = log.size === 0;
	const skipped = skippedTables(filesOf);
	const between = anyRelationCheck(skipped);
	const parts =
		clean || between
			? Object.fromEntries(tables.map((t) => [t.name, (staged.get(t.name) ?? stage(t)).finish()]))
			: null;
	return {
		files,
		problems: log.kept,
		counts: Object.fromEntries(log.counts),
		staged: clean ? parts : null,
		files_of: filesOf,
		skipped,
		between
	};
}
