import { sniffDelimiter } from './delimiter';
import { EXCERPT, worded, type ProblemDetail } from './problems';

/** One CSV record with the physical line where it and each of its cells start. */
export interface CsvRecord {
	/** Physical line (1-based) where the record starts. */
	line: number;
	cells: string[];
	/**
	 * Physical line where each cell starts, where one differs from `line` (after a quoted line
	 * break); empty when every cell starts on `line`, so `cellLines[i] ?? line` is cell i's line.
	 */
	cellLines: number[];
	/** Cells cut at the size limit (their text is only an excerpt). */
	oversized: boolean;
}

/** A problem of CSV syntax, at a physical line and column. */
export interface CsvProblem {
	kind: 'csv' | 'size';
	line: number;
	column: number;
	message: string;
	detail: ProblemDetail;
}

/** Limits that keep memory bounded whatever the input. */
export interface CsvLimits {
	/** Longest cell, in characters. */
	maxCell: number;
	/** Most cells in a record. */
	maxCells: number;
}

/** Default limits: a contract cell is short; 64 K characters leaves room for long descriptions. */
export const defaultLimits: CsvLimits = { maxCell: 65_536, maxCells: 1_000 };

/** The cell lines of a record whose cells all start on its own line. */
const NO_LINES: number[] = Object.freeze([]) as unknown as number[];

const LF = 10;
const CR = 13;
const QUOTE = 34;

const enum S {
	Start,
	Unquoted,
	Quoted,
	QuoteInQuoted,
	AfterQuoted
}

/**
 * A streaming RFC 4180 reader: text goes in by chunks of any size, records come out with physical
 * line numbers. Nothing grows without bound: cells past `maxCell` keep only an excerpt and cells
 * past `maxCells` are counted, not kept. Syntax problems are reported, never silently repaired.
 */
export class CsvTokenizer {
	delimiter: string | null;
	private line = 1;
	private state = S.Start;
	private cell = '';
	private cells: string[] = [];
	private cellLines: number[] = [];
	private recordLine = 1;
	private cellLine = 1;
	private quoteLine = 1;
	private cut = false;
	private oversized = false;
	private quotedSeen = false;
	private afterCR = false;
	private pending = '';

	constructor(
		private readonly onRecord: (r: CsvRecord) => void,
		private readonly onProblem: (p: CsvProblem) => void,
		delimiter: string | null = null,
		private readonly limits: CsvLimits = defaultLimits
	) {
		this.delimiter = delimiter;
	}

	/** The physical line the reader is on. */
	get currentLine(): number {
		return this.line;
	}

	/** Whether the reader stands between records (not inside a record or a quoted cell). */
	get atRecordStart(): boolean {
		return this.state === S.Start && this.cells.length === 0 && this.cell === '' && !this.afterCR;
	}

	/**
	 * Numbers the next record's line `line`: for a part of a file read on its own, whose first
	 * record is on that line of the whole file (only between records).
	 */
	continueAt(line: number): void {
		if (!this.atRecordStart) throw new Error('continueAt inside a record');
		this.line = this.recordLine = this.cellLine = this.quoteLine = line;
	}

	/** Feeds a chunk of text. */
	push(text: string): void {
		if (this.delimiter === null) {
			this.pending += text;
			const nl = this.pending.search(/[\r\n]/);
			if (nl < 0 && this.pending.length < this.limits.maxCell) return;
			this.delimiter = sniffDelimiter(this.pending.slice(0, nl < 0 ? undefined : nl));
			text = this.pending;
			this.pending = '';
		}
		this.scan(text);
	}

	/** Ends the input: flushes the last record and reports a quote left open. */
	end(): void {
		if (this.delimiter === null) {
			this.delimiter = sniffDelimiter(this.pending);
			this.scan(this.pending);
			this.pending = '';
		}
		if (this.state === S.Quoted)
			this.problem(
				'the quote opened here is never closed (the file ends inside it)',
				'detail_quote_unclosed',
				this.quoteLine
			);
		if (this.state !== S.Start || this.cells.length > 0) this.endRecord();
	}

	private append(s: string): void {
		if (this.cut || s === '') return;
		if (this.cell.length + s.length > this.limits.maxCell) {
			this.cell = (this.cell + s.slice(0, EXCERPT)).slice(0, EXCERPT);
			this.cut = true;
			this.oversized = true;
			this.onProblem({
				kind: 'size',
				line: this.cellLine,
				column: this.cells.length + 1,
				...worded(
					`cell longer than ${this.limits.maxCell.toLocaleString('en')} characters (starts ${JSON.stringify(this.cell)}…)`,
					'detail_cell_too_long',
					{ max: this.limits.maxCell, start: JSON.stringify(this.cell) }
				)
			});
			return;
		}
		this.cell += s;
	}

	private endCell(): void {
		if (this.cells.length < this.limits.maxCells) {
			this.cellAt();
			this.cells.push(this.cell);
		} else if (this.cells.length === this.limits.maxCells) {
			this.onProblem({
				kind: 'size',
				line: this.recordLine,
				column: this.cells.length + 1,
				...worded(
					`more than ${this.limits.maxCells} cells in one record`,
					'detail_too_many_cells',
					{
						max: String(this.limits.maxCells)
					}
				)
			});
			this.cellAt();
			this.cells.push('');
		}
		this.cell = '';
		this.cut = false;
		this.state = S.Start;
		this.cellLine = this.line;
	}

	/** Notes the line of the cell being ended, once some cell of the record began on another line. */
	private cellAt(): void {
		const n = this.cells.length;
		if (this.cellLines.length === 0 && this.cellLine === this.recordLine) return;
		while (this.cellLines.length < n) this.cellLines.push(this.recordLine);
		this.cellLines.push(this.cellLine);
	}

	/** The record's cell lines to hand over (one shared empty list when all are on its line). */
	private lines(): number[] {
		return this.cellLines.length ? this.cellLines : NO_LINES;
	}

	private endRecord(): void {
		this.endCell();
		const blank = this.cells.length === 1 && this.cells[0] === '' && !this.quotedSeen;
		const max = this.limits.maxCells;
		// The arrays are handed over (a record holds one more cell only past the cell limit).
		if (!blank)
			this.onRecord({
				line: this.recordLine,
				cells: this.cells.length > max ? this.cells.slice(0, max) : this.cells,
				cellLines: this.cellLines.length > max ? this.cellLines.slice(0, max) : this.lines(),
				oversized: this.oversized
			});
		this.cells = [];
		if (this.cellLines.length) this.cellLines = [];
		this.oversized = false;
		this.quotedSeen = false;
		this.recordLine = this.line;
		this.cellLine = this.line;
	}

	private scan(text: string): void {
		const d = this.delimiter!.charCodeAt(0);
		const n = text.length;
		let run = 0;
		for (let i = 0; i < n; i++) {
			let c = text.charCodeAt(i);
			if (this.afterCR) {
				this.afterCR = false;
				if (c === LF) {
					// The \n of a \r\n pair: the line was counted at the \r (inside quotes it stays in the cell).
					if (this.state !== S.Quoted) run = i + 1;
					continue;
				}
			}
			switch (this.state) {
				case S.Start:
				case S.Unquoted:
					if (c !== d && c !== LF && c !== CR && c !== QUOTE) {
						// Fast path: the rest of a plain cell.
						this.state = S.Unquoted;
						while (++i < n) {
							c = text.charCodeAt(i);
							if (c === d || c === LF || c === CR || c === QUOTE) break;
						}
						if (i === n) break;
					}
					if (c === d || c === LF || c === CR) {
						this.append(text.slice(run, i));
						run = i + 1;
						if (c === d) this.endCell();
						else this.newline(c, true);
					} else if (this.state === S.Start) {
						this.state = S.Quoted;
						this.quotedSeen = true;
						this.quoteLine = this.line;
						run = i + 1;
					} else
						this.problem(
							'a quote inside an unquoted cell (quote the whole cell)',
							'detail_quote_in_cell'
						);
					break;
				case S.Quoted:
					if (c === QUOTE) {
						this.append(text.slice(run, i));
						run = i + 1;
						this.state = S.QuoteInQuoted;
					} else if (c === LF || c === CR) this.newline(c, false);
					break;
				case S.QuoteInQuoted:
					if (c === QUOTE) {
						this.append('"');
						run = i + 1;
						this.state = S.Quoted;
					} else if (c === d || c === LF || c === CR) {
						run = i + 1;
						if (c === d) this.endCell();
						else this.newline(c, true);
					} else {
						this.problem('text after the closing quote of a cell', 'detail_text_after_quote');
						this.state = S.AfterQuoted;
						run = i;
					}
					break;
				case S.AfterQuoted:
					if (c === d || c === LF || c === CR) {
						this.append(text.slice(run, i));
						run = i + 1;
						if (c === d) this.endCell();
						else this.newline(c, true);
					}
					break;
			}
		}
		if (this.state !== S.QuoteInQuoted) this.append(text.slice(run));
	}

	private newline(c: number, endsRecord: boolean): void {
		if (c === CR) this.afterCR = true;
		this.line++;
		if (endsRecord) this.endRecord();
	}

	/** Reports a problem of CSV syntax at the current cell (of the current line by default). */
	private problem(message: string, key: string, line = this.line): void {
		const at = { kind: 'csv', line, column: this.cells.length + 1 } as const;
		this.onProblem({ ...at, ...worded(message, key) });
	}
}
