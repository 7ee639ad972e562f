import type { CheckResult } from './check-files';

/** Progress of a check: bytes read of all files, rows checked so far. */
export interface CheckProgress {
	bytes: number;
	totalBytes: number;
	rows: number;
}

/** Messages from the import worker. */
export type WorkerMessage =
	| { type: 'progress'; progress: CheckProgress }
	/** One staged batch of a table's clean rows (an Arrow IPC stream), in order. */
	| { type: 'part'; table: string; ipc: Uint8Array }
	| { type: 'done'; result: CheckResult }
	| { type: 'error'; message: string };
