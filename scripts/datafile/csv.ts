import { closeSync, openSync, writeSync } from 'node:fs';

/** A CSV cell: null and undefined become empty (the contract's "no value"). */
export type Cell = string | number | boolean | null | undefined;

/** Formats one cell, quoting it only when needed. */
export function cell(v: Cell): string {
	if (v === null || v === undefined) return '';
	const s = String(v);
	return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Appends lines to a file through a 4 MB byte buffer, so millions of rows never sit in memory. */
export class CsvWriter {
	private readonly fd: number;
	// Lines are encoded into bytes at once: strings die young and the garbage collector stays cheap.
	private readonly buf = Buffer.allocUnsafe(1 << 22);
	private used = 0;
	/** Rows written, header excluded. */
	rows = 0;

	/** Opens (truncates) `path` and writes the header line. */
	constructor(
		readonly path: string,
		header: string
	) {
		this.fd = openSync(path, 'w');
		this.line(header);
		this.rows = 0;
	}

	/** Writes a line that is already CSV. */
	line(s: string): void {
		// UTF-8 takes at most 3 bytes per UTF-16 code unit; +1 for the newline.
		if (this.used + s.length * 3 + 1 > this.buf.length) this.flush();
		if (s.length * 3 + 1 > this.buf.length) {
			writeSync(this.fd, `${s}\n`);
		} else {
			this.used += this.buf.write(s, this.used, 'utf8');
			this.buf[this.used++] = 10;
		}
		this.rows++;
	}

	/** Writes one row of cells. */
	row(cells: readonly Cell[]): void {
		this.line(cells.map(cell).join(','));
	}

	/** Flushes and closes the file. */
	close(): void {
		this.flush();
		closeSync(this.fd);
	}

	private flush(): void {
		if (this.used) writeSync(this.fd, this.buf, 0, this.used);
		this.used = 0;
	}
}
