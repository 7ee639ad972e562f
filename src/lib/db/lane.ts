import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Row } from '../sql';
import { arrowToRows } from './rows';

/** A statement's rows and how long their conversion from Arrow took (ms). */
export interface LaneResult {
	rows: Row[];
	rowsMs: number;
	/** When the worker was given the statement (after its wait in the queue). */
	startedAt: number;
}

/**
 * One engine's queue: its worker runs one statement at a time, so statements wait here, where one
 * that went stale while it waited (`signal` aborted) is skipped before it reaches the worker. With
 * nothing queued a statement is posted at once, so the worker computes while the page's thread
 * renders the rest of a change.
 */
export class Lane {
	#queue: Promise<unknown> = Promise.resolve();
	#queued = 0;

	constructor(readonly conn: AsyncDuckDBConnection) {}

	/** Statements waiting or running: the pool gives new ones to the least busy lane. */
	get busy(): number {
		return this.#queued;
	}

	/** Runs `fn` after everything queued before it. */
	serial<T>(fn: () => Promise<T>): Promise<T> {
		const next = this.#queued === 0 ? fn() : this.#queue.then(fn, fn);
		this.#queued++;
		this.#queue = next.then(
			() => void this.#queued--,
			() => void this.#queued--
		);
		return next;
	}

	/** Runs `text` in its turn, unless `signal` was aborted meanwhile. */
	run(text: string, signal?: AbortSignal): Promise<LaneResult> {
		return this.serial(async () => {
			signal?.throwIfAborted();
			const startedAt = performance.now();
			const table = await this.conn.query(text);
			const start = performance.now();
			const rows = arrowToRows(table);
			return { rows, rowsMs: performance.now() - start, startedAt };
		});
	}
}

/** Rows of several statements stacked by column name, as `UNION ALL BY NAME` does (NULL where a part has no such column). */
export function stackByName(parts: Row[][]): Row[] {
	if (parts.length === 1) return parts[0]!;
	const names = [...new Set(parts.flatMap((rows) => (rows[0] ? Object.keys(rows[0]) : [])))];
	const empty: Row = Object.fromEntries(names.map((n) => [n, null]));
	return parts.flatMap((rows) => rows.map((r) => ({ ...empty, ...r })));
}
