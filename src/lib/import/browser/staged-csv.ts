import * as arrow from 'apache-arrow';
import type { Table } from '$lib/schema/define';
import { cellAt, type CellValue } from './arrow-columns';

const quoted = /[",\n\r]/;
const cell = (v: CellValue): string => {
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

/**
 * A table's clean rows as the command-line importer takes them: a CSV of the contract columns
 * (header, comma, `"` quotes, empty = NULL), as the published zip and the worker's input carry it.
 */
export class CsvRows {
	private readonly rows: Lines;

	constructor(table: Table) {
		this.rows = new Lines(Object.keys(table.columns).join(','));
	}

	/** Adds a clean row (values in contract column order). */
	add(values: readonly CellValue[]): void {
		this.rows.push(values.map(cell).join(','));
	}

	/** The CSV's bytes. */
	finish(): Uint8Array {
		return this.rows.bytes();
	}
}

/** The CSV of a table staged as Arrow (`StagedRows`): the same bytes as `CsvRows` of its rows. */
export function csvFromArrow(table: Table, parts: Uint8Array[]): Uint8Array {
	const out = new CsvRows(table);
	const types = Object.values(table.columns).map((c) => c.sql);
	for (const batch of parts.flatMap((ipc) => arrow.tableFromIPC(ipc).batches)) {
		const cols = types.map((_, c) => batch.getChildAt(c)!.data[0]!);
		const row: CellValue[] = new Array<CellValue>(types.length);
		for (let i = 0; i < batch.numRows; i++) {
			for (let c = 0; c < types.length; c++) row[c] = cellAt(types[c]!, cols[c]!, i);
			out.add(row);
		}
	}
	return out.finish();
}
