/// <reference lib="webworker" />
import { checkFiles, type Input } from './check-files';
import type { CheckProgress, WorkerMessage } from './protocol';
import { readXlsx, sheetToCsv } from './xlsx';

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

async function inputsOf(f: File): Promise<Input[]> {
	const head = new Uint8Array(await f.slice(0, 1 << 16).arrayBuffer());
	if (!isZip(head))
		return [
			{
				file: f.name,
				names: [f.name],
				head: new TextDecoder().decode(head),
				chunks: counted(f.stream())
			}
		];
	const sheets = readXlsx(new Uint8Array(await f.arrayBuffer())).filter((s) => s.rows.length);
	progress.bytes += f.size;
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
			(table, ipc) => post({ type: 'part', table, ipc }, [ipc.buffer as ArrayBuffer])
		);
		report(true);
		post({ type: 'done', result });
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
