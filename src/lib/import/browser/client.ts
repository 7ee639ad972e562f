import type { CheckProgress, WorkerMessage } from './protocol';
import ImportWorker from './worker?worker';

import type { CheckResult } from './check-files';

/** A running check of dropped files in a Web Worker; `cancel()` stops it at once. */
export interface RunningCheck {
	result: Promise<CheckResult>;
	cancel(): void;
}

/**
 * Checks files in a Web Worker, reporting progress in bytes and rows; `regions` (the data in
 * use's, as CSV) stands in when no file holds the regions. Staged batches come to `onPart` as
 * they are made.
 */
export function checkInWorker(
	files: File[],
	onProgress: (p: CheckProgress) => void,
	regions?: Uint8Array,
	onPart: (table: string, ipc: Uint8Array) => void = () => undefined
): RunningCheck {
	const worker = new ImportWorker();
	let settle: (e: Error) => void = () => undefined;
	const result = new Promise<CheckResult>((resolve, reject) => {
		settle = reject;
		worker.onmessage = (e: MessageEvent<WorkerMessage>) => {
			const m = e.data;
			if (m.type === 'progress') return onProgress(m.progress);
			if (m.type === 'part') return onPart(m.table, m.ipc);
			worker.terminate();
			if (m.type === 'done') resolve(m.result);
			else reject(new Error(m.message));
		};
		worker.onerror = (e) => {
			worker.terminate();
			reject(new Error(e.message));
		};
	});
	worker.postMessage({ files, regions });
	return {
		result,
		cancel() {
			worker.terminate();
			settle(new Error('cancelled'));
		}
	};
}
