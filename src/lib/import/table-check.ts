import type { Table } from '$lib/schema/define';
import { CellMemo } from './cell-check';
import type { CsvRecord } from './csv-reader';
import { foldName, freeTextColumns, isPersonalColumn } from './personal';
import {
	worded,
	type ProblemDetail,
	type ProblemKind,
	type ProblemLog,
	type Worded
} from './problems';
import { rowRules, type RowRule, type TypedRow } from './rules';

/** A clean row's values in contract column order, and the physical line it came from. */
export type RowSink = (values: (string | number | boolean | null)[], line: number) => void;

/** Values that were read in another accepted form, counted per column. */
export interface Normalised {
	field: string;
	count: number;
	firstLine: number;
	/** The first value's change, in the command line's English. */
	example: string;
	/** The same as words of the page's language. */
	detail: ProblemDetail;
}

/** What one file gave, besides its problems. */
export interface TableCheckResult {
	rows: number;
	dropped: string[];
	droppedPersonal: string[];
	missingOptional: string[];
	normalised: Normalised[];
	/** Contract columns found in the header, with their 1-based column number. */
	columns: [string, number][];
	/** Whether the header was read (rows could be checked): false when it has a problem. */
	readable: boolean;
	/** Rows that failed their own checks (not staged). */
	failed: number;
	/** The key of each failed row, as written (single-column keys, the first `FAILED_KEYS`). */
	failedKeys: string[];
}

/** Keys of failed rows kept per file: the checks between tables do not blame rows that refer to them. */
export const FAILED_KEYS = 100_000;

/**
 * Checks one file of a contract table record by record (the first record is the header): header,
 * cell types, allowed values, personal values in free text and the rules within a row. Clean rows
 * go to `sink`; nothing is kept, so any number of rows costs the same memory.
 */
export class TableChecker {
	private names: string[];
	private index: number[] = [];
	private width = 0;
	private headerOk = false;
	private seenHeader = false;
	private readonly required: boolean[];
	private headerCells: string[] = [];
	private readonly memos: CellMemo[];
	private readonly rules: RowRule[];
	private readonly norm = new Map<string, Normalised>();
	/** The row the rules read, its fields reading the values of the row being checked. */
	private readonly typed: TypedRow = {};
	private current: (string | number | boolean | null)[] = [];
	readonly result: TableCheckResult = {
		rows: 0,
		dropped: [],
		droppedPersonal: [],
		missingOptional: [],
		normalised: [],
		columns: [],
		readable: false,
		failed: 0,
		failedKeys: []
	};

	constructor(
		readonly table: Table,
		readonly file: string,
		private readonly log: ProblemLog,
		private readonly sink: RowSink
	) {
		this.names = Object.keys(table.columns);
		const free = new Set(freeTextColumns(table));
		this.required = this.names.map((n) => table.columns[n]!.required);
		this.memos = this.names.map((n) => new CellMemo(table.columns[n]!, free.has(n)));
		this.rules = rowRules.filter((r) => r.table === table.name);
		// Getters instead of one store per field and row: the rules read only a few fields.
		this.names.forEach((n, c) =>
			Object.defineProperty(this.typed, n, { get: () => this.current[c], enumerable: true })
		);
	}

	/** Takes the next record of the file. */
	record(r: CsvRecord): void {
		if (!this.seenHeader) {
			this.seenHeader = true;
			this.header(r);
		} else if (this.headerOk) this.row(r);
	}

	/** The header's name of a 1-based column (folded to the contract's spelling), once known. */
	fieldAt(column: number): string | undefined {
		const h = this.headerCells[column - 1];
		return h === undefined ? undefined : foldName(h);
	}

	/** Ends the file. */
	finish(): TableCheckResult {
		if (!this.seenHeader)
			this.log.add({
				kind: 'file',
				file: this.file,
				...worded('the file is empty (no header line)', 'detail_no_header')
			});
		this.result.normalised = [...this.norm.values()];
		return this.result;
	}

	private header(r: CsvRecord): void {
		this.headerCells = r.cells;
		const folded = r.cells.map(foldName);
		this.width = r.cells.length;
		let problems = 0;
		const add = (said: Worded, column?: number, field?: string) => {
			problems++;
			this.log.add({ kind: 'header', file: this.file, line: r.line, column, field, ...said });
		};
		if (!this.names.some((n) => folded.includes(n))) {
			add(
				worded(
					`no column of the ${this.table.name} table in the header line: expected ${this.names.join(',')}`,
					'detail_no_table_column',
					{ table: this.table.name, columns: this.names.join(',') },
					{ table: 'table' }
				)
			);
			return;
		}
		this.index = this.names.map((n) => {
			const at = folded.indexOf(n);
			const again = at < 0 ? -1 : folded.indexOf(n, at + 1);
			if (again >= 0)
				add(
					worded(
						`column "${n}" appears twice (columns ${at + 1} and ${again + 1})`,
						'detail_column_twice',
						{ column: n, first: at + 1, again: again + 1 }
					),
					again + 1,
					n
				);
			if (at < 0) {
				if (this.table.columns[n]!.required)
					add(
						worded(`required column "${n}" is missing`, 'detail_column_missing', { column: n }),
						undefined,
						n
					);
				else this.result.missingOptional.push(n);
			}
			if (at >= 0) this.result.columns.push([n, at + 1]);
			return at;
		});
		const known = new Set(this.names);
		r.cells.forEach((h, i) => {
			if (known.has(folded[i]!)) return;
			if (h.trim() === '') return;
			this.result.dropped.push(h.trim());
			if (isPersonalColumn(h)) this.result.droppedPersonal.push(h.trim());
		});
		this.headerOk = problems === 0;
		this.result.readable = this.headerOk;
	}

	/** Counts a row that failed its own checks and keeps its key as written. */
	private failed(r: CsvRecord): void {
		this.result.failed++;
		const key = this.table.primaryKey;
		if (key.length !== 1 || this.result.failedKeys.length >= FAILED_KEYS) return;
		const at = this.index[this.names.indexOf(key[0]!)] ?? -1;
		const raw = at < 0 ? undefined : r.cells[at]?.trim();
		if (raw) this.result.failedKeys.push(raw);
	}

	private row(r: CsvRecord): void {
		if (r.oversized) return this.failed(r);
		if (r.cells.length !== this.width) {
			this.failed(r);
			this.log.add({
				kind: 'csv',
				file: this.file,
				line: r.line,
				message: `expected ${this.width} cells like the header, found ${r.cells.length}`,
				detail: {
					key: 'detail_cell_count',
					values: { expected: this.width, found: r.cells.length }
				}
			});
			return;
		}
		const values: (string | number | boolean | null)[] = new Array(this.names.length);
		let bad = false;
		for (let c = 0; c < this.names.length; c++) {
			const name = this.names[c]!;
			const at = this.index[c]!;
			const raw = at < 0 ? '' : r.cells[at]!.trim();
			let value: string | number | boolean | null = null;
			if (raw === '') {
				if (this.required[c]) {
					this.cellProblem(r, at, name, 'required', 'required value is empty', {
						key: 'detail_required',
						values: {}
					});
					bad = true;
				}
			} else {
				const o = this.memos[c]!.check(raw);
				if (!o.ok) {
					this.cellProblem(r, at, name, o.kind, o.message, o.detail);
					bad = true;
				} else {
					value = o.value;
					if (o.normalised) this.normalised(name, r.line, o.normalised);
				}
			}
			values[c] = value;
		}
		if (bad) return this.failed(r);
		// One row object for the rules, reading this row's values (the rules keep nothing).
		const typed = this.typed;
		this.current = values;
		for (const rule of this.rules) {
			const said = rule.check(typed);
			if (!said) continue;
			const at = this.index[this.names.indexOf(rule.column)]!;
			this.log.add({
				kind: rule.kind,
				file: this.file,
				line: r.cellLines[at] ?? r.line,
				column: at + 1 || undefined,
				field: rule.column,
				...said
			});
			bad = true;
		}
		if (bad) return this.failed(r);
		this.result.rows++;
		this.sink(values, r.line);
	}

	private cellProblem(
		r: CsvRecord,
		at: number,
		field: string,
		kind: ProblemKind,
		message: string,
		detail: ProblemDetail
	): void {
		const line = r.cellLines[at] ?? r.line;
		this.log.add({ kind, file: this.file, line, column: at + 1, field, message, detail });
	}

	private normalised(field: string, line: number, example: Worded): void {
		const n = this.norm.get(field);
		if (n) n.count++;
		else
			this.norm.set(field, {
				field,
				count: 1,
				firstLine: line,
				example: example.message,
				detail: example.detail
			});
	}
}
