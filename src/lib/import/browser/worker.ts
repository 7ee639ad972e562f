/// <reference lib="webworker" />
import type { Table } from '$lib/schema/define';
import { tableByName } from '$lib/schema/index';
import { checkFiles, type Input, type Splitter } from './check-files';
import { checkPart, type PartRequest, type PartResult, type PartSink } from './part-check';
import type { PartMessage } from './part-worker';
import PartWorker from './part-worker?worker';
import type { CheckProgress, WorkerMessage } from './protocol';
import { readWorkbook, sheetToCsv } from './xlsx';

// The import worker: reads the dropped files, checks them and hands back the staged clean rows.
// Cancel = the page terminates this worker; nothing reaches the data in use before it is done.
const post = (m: WorkerMessage, transfer: Transferable[] = []) =>
	(self as DedicatedWorkerGlobalScope).postMessage(m, transfer);

/** An `.xlsx` workbook is a zip file: it starts with `PK\x03\x04`. */
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;

const progress: CheckProgress = { bytes: 0, totalBytes: 0, rows: 0 };
let lastPost = 0;
function report(force = false): void {
	const now = performance.now();
	if (!force && now - lastPost < 100) return;
	lastPost = now;
	post({ type: 'progress', progress: { ...progress } });
}

/** A file's bytes in 1 MiB chunks, counted into the progress as they are read. */
async function* counted(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
	const reader = stream.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return;
		progress.bytes += value.byteLength;
		report();
		yield value;
	}
}

/** No bytes (a file that is not read). */
async function* noBytes(): AsyncIterable<Uint8Array> {
	yield* [];
}

async function inputsOf(f: File): Promise<Input[]> {
	const head = new Uint8Array(await f.slice(0, 1 << 16).arrayBuffer());
	if (!isZip(head))
		return [
			{
				file: f.name,
				names: [f.name],
				head: new TextDecoder().decode(head),
				chunks: counted(f.stream()),
				blob: f
			}
		];
	const book = readWorkbook(new Uint8Array(await f.arrayBuffer()));
	progress.bytes += f.size;
	if ('problem' in book)
		return [{ file: f.name, names: [f.name], head: '', chunks: noBytes(), problem: book.problem }];
	const { sheets } = book;
	return sheets.map((s) => {
		const text = sheetToCsv(s);
		const bytes = new TextEncoder().encode(text);
		return {
			file: sheets.length > 1 ? `${f.name} › ${s.name}` : f.name,
			names: [s.name, f.name],
			head: text.slice(0, 4096),
			chunks: (async function* () {
				yield bytes;
			})(),
			format: 'xlsx'
		};
	});
}

/** Files from this size are read in parts side by side, each part at least half of it. */
const SPLIT_BYTES = 16 << 20;

/** Checks a part of a file in a worker of its own; `started` once that worker runs. */
function partInWorker(table: string, blob: Blob, req: PartRequest, sink: PartSink) {
	let started: () => void = () => undefined;
	const running = new Promise<void>((r) => (started = r));
	const result = new Promise<PartResult>((resolve, reject) => {
		const w = new PartWorker();
		w.onmessage = (e: MessageEvent<PartMessage>) => {
			const m = e.data;
			if (m.type === 'started') return started();
			if (m.type === 'batch') return sink.batch(m.ipc, m.tail);
			if (m.type === 'rows') return sink.rows(m.n);
			if (m.type === 'bytes') return sink.bytes(m.n);
			w.terminate();
			if (m.type === 'done') resolve(m.result);
			else reject(new Error(m.message));
		};
		w.onerror = (e) => {
			w.terminate();
			reject(new Error(e.message));
		};
		w.postMessage({ table, blob, req });
	});
	return { running, result };
}

/**
 * Reads a large file in as many parts as the device has cores but one (left to the engine, which
 * inserts the staged batches meanwhile; at most 4; on two cores one part: measured no faster, the
 * later parts' batches then wait for the end): the first here, once
 * the others run, each in a worker of its own (this busy worker would hold their start back; they
 * end with this one, so a cancel stops them too).
 */
const splitter: Splitter = {
	parts: (bytes) =>
		bytes < SPLIT_BYTES
			? 1
			: Math.max(
					1,
					Math.min(
						(navigator.hardwareConcurrency || 1) - 1,
						4,
						Math.floor(bytes / (SPLIT_BYTES / 2))
					)
				),
	run: (table, blob) => {
		const others: Promise<void>[] = [];
		return async (i, req, sink) => {
			const counted = {
				...sink,
				bytes: (n: number) => {
					progress.bytes += n;
					report();
				}
			};
			if (i > 0) {
				const part = partInWorker(table, blob, req, counted);
				others.push(part.running);
				return part.result;
			}
			// Every part is asked for before the first one awaits anything.
			await null;
			await Promise.all(others);
			return checkPart(tableByName(table) as Table, blob, req, counted);
		};
	}
};

/** The file name the regions of the data in use go by (in problems), when the user gave none. */
const CURRENT_REGIONS = 'regions (data in use)';

/** The regions of the data in use (CSV) as an input, read only when no dropped file holds regions. */
function currentInput(csv: Uint8Array | undefined): Input | undefined {
	if (!csv) return undefined;
	return {
		file: CURRENT_REGIONS,
		names: [],
		head: new TextDecoder().decode(csv.subarray(0, 4096)),
		chunks: (async function* () {
			yield csv;
		})()
	};
}

self.onmessage = async (e: MessageEvent<{ files: File[]; regions?: Uint8Array }>) => {
	try {
		const files = e.data.files;
		progress.totalBytes = files.reduce((s, f) => s + f.size, 0);
		const inputs: Input[] = [];
		for (const f of files) inputs.push(...(await inputsOf(f)));
		const result = await checkFiles(
			inputs,
			(rows) => {
				progress.rows = rows;
				report();
			},
			currentInput(e.data.regions),
			// Each staged batch travels at once: the engine inserts it while the rest is read.
			(table, ipc) => post({ type: 'part', table, ipc }, [ipc.buffer as ArrayBuffer]),
			splitter
		);
		report(true);
		post({ type: 'done', result });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
