/// <reference lib="webworker" />
import type { Table } from '$lib/schema/define';
import { tableByName } from '$lib/schema/index';
import { checkPart, type PartRequest, type PartResult } from './part-check';

// A helper of the import worker: checks one part of a large file (`split-read.ts`) and sends
// back its staged batches, its progress and its result. Ends with the import worker.

/** Messages of a part worker. */
export type PartMessage =
	| { type: 'started' }
	| { type: 'batch'; ipc: Uint8Array; tail: boolean }
	| { type: 'rows'; n: number }
	| { type: 'bytes'; n: number }
	| { type: 'done'; result: PartResult }
	| { type: 'error'; message: string };

const post = (m: PartMessage, transfer: Transferable[] = []) =>
	(self as DedicatedWorkerGlobalScope).postMessage(m, transfer);

post({ type: 'started' });

self.onmessage = async (e: MessageEvent<{ table: string; blob: Blob; req: PartRequest }>) => {
	try {
		const { table, blob, req } = e.data;
		const result = await checkPart(tableByName(table) as Table, blob, req, {
			batch: (ipc, tail) => post({ type: 'batch', ipc, tail }, [ipc.buffer as ArrayBuffer]),
			rows: (n) => post({ type: 'rows', n }),
			bytes: (n) => post({ type: 'bytes', n })
		});
		post({ type: 'done', result });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
