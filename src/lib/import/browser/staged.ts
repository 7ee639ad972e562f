import * as arrow from 'apache-arrow';
import type { Table } from '$lib/schema/define';
import { ColumnBuilder, arrowType, type CellValue } from './arrow-columns';

/**
 * A table's clean rows staged as Arrow: contract columns, then `_line`, one complete IPC stream
 * per record batch (each can go into DuckDB on its own, while the rest is still being read).
 */
export interface Staged {
	parts: Uint8Array[];
}

/** Rows per record batch: small enough to keep buffers modest, large enough to cost nothing. */
export const BATCH_ROWS = 65_536;

/** The name of the physical-line column of a stage table. */
const LINE = '_line';

/**
 * Collects a table's clean rows as Arrow columns (typed values, checked once) with the physical
 * line of each row; DuckDB takes them as they are (`insertArrowFromIPCStream`), with no second
 * CSV parse. Each full batch is handed to `onPart` at once when given (else kept for `finish`).
 */
export class StagedRows {
	private readonly types: Table['columns'][string]['sql'][];
	private readonly schema: arrow.Schema;
	private readonly parts: Uint8Array[] = [];
	private cols: ColumnBuilder[] = [];
	private lines = new Int32Array(BATCH_ROWS);
	private n = 0;
	private batches = 0;

	constructor(
		table: Table,
		private readonly onPart: (ipc: Uint8Array) => void = (ipc) => this.parts.push(ipc)
	) {
		this.types = Object.values(table.columns).map((c) => c.sql);
		this.schema = new arrow.Schema([
			...Object.entries(table.columns).map(([n, c]) => new arrow.Field(n, arrowType(c.sql), true)),
			new arrow.Field(LINE, new arrow.Int32(), false)
		]);
		this.fresh();
	}

	private fresh(): void {
		this.cols = this.types.map((t) => new ColumnBuilder(t, BATCH_ROWS));
		this.lines = new Int32Array(BATCH_ROWS);
		this.n = 0;
	}

	/** Hands on a batch staged elsewhere (a part of the file checked by another worker), in order. */
	take(ipc: Uint8Array): void {
		if (this.n > 0) throw new Error('take between batches only');
		this.onPart(ipc);
		this.batches++;
	}

	/** Adds a clean row (values in contract column order) and the line it came from. */
	add(values: readonly CellValue[], line: number): void {
		const i = this.n;
		for (let c = 0; c < this.cols.length; c++) this.cols[c]!.set(i, values[c]!);
		this.lines[i] = line;
		if (++this.n === BATCH_ROWS) this.flush();
	}

	private flush(): void {
		const n = this.n;
		const children = [
			...this.cols.map((c) => c.data(n)),
			arrow.makeData({ type: new arrow.Int32(), length: n, data: this.lines.subarray(0, n) })
		];
		const struct = arrow.makeData({
			type: new arrow.Struct(this.schema.fields),
			length: n,
			children
		});
		const batch = new arrow.RecordBatch(this.schema, struct);
		this.onPart(arrow.RecordBatchStreamWriter.writeAll([batch]).toUint8Array(true));
		this.batches++;
		this.fresh();
	}

	/** Ends the table (one empty batch when it has no rows); the parts not handed to `onPart`. */
	finish(): Staged {
		if (this.n > 0 || this.batches === 0) this.flush();
		return { parts: this.parts };
	}
}
