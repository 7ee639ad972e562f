import type { Table } from '$lib/schema/define';

/** A table's clean rows as the writer loads them, and the physical line of each row. */
export interface Staged {
	csv: Uint8Array;
	lines: Uint8Array;
}

const quoted = /[",\n\r]/;
const cell = (v: string | number | boolean | null): string => {
	if (v === null) return '';
	if (typeof v !== 'string') return String(v);
	return quoted.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
};

/** Text collected in blocks of lines and encoded as it grows, so no single string gets huge. */
class Lines {
	private parts: string[] = [];
	private chunks: Uint8Array[] = [];
	private size = 0;
	private readonly enc = new TextEncoder();

	constructor(header: string) {
		this.push(header);
	}

	push(line: string): void {
		this.parts.push(line);
		if (this.parts.length >= 8192) this.flush();
	}

	private flush(): void {
		if (!this.parts.length) return;
		const b = this.enc.encode(this.parts.join('\n') + '\n');
		this.parts = [];
		this.chunks.push(b);
		this.size += b.byteLength;
	}

	bytes(): Uint8Array {
		this.flush();
		const out = new Uint8Array(this.size);
		let at = 0;
		for (const c of this.chunks) {
			out.set(c, at);
			at += c.byteLength;
		}
		this.chunks = [];
		return out;
	}
}

/** Collects a table's clean rows: contract columns as CSV, and their lines, row for row. */
export class StagedRows {
	private readonly rows: Lines;
	private readonly lines = new Lines('_line');

	constructor(table: Table) {
		this.rows = new Lines(Object.keys(table.columns).join(','));
	}

	/** Adds a clean row (values in contract column order) and the line it came from. */
	add(values: readonly (string | number | boolean | null)[], line: number): void {
		this.rows.push(values.map(cell).join(','));
		this.lines.push(String(line));
	}

	/** The staged bytes. */
	finish(): Staged {
		return { csv: this.rows.bytes(), lines: this.lines.bytes() };
	}
}
