import type { FileReport, Problem } from './check-files';

/** Progress of a check: bytes read of all files, rows checked so far. */
export interface CheckProgress {
	bytes: number;
	totalBytes: number;
	rows: number;
	file: string;
}

/** Messages from the import worker. */
export type WorkerMessage =
	| { type: 'progress'; progress: CheckProgress }
	| {
			type: 'done';
			files: FileReport[];
			problems: Problem[];
			counts: Record<string, number>;
			/** One clean CSV per contract table; null when any file has a problem. */
			csv: Record<string, Uint8Array> | null;
	  }
	| { type: 'error'; message: string };
