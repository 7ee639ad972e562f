/// <reference lib="webworker" />
import { checkFiles, type InputText } from './check-files';
import { decode } from './decode';
import type { WorkerMessage } from './protocol';
import { readXlsx, sheetToCsv } from './xlsx';

/** An `.xlsx` workbook is a zip file: it starts with `PK\x03\x04`. */
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;

// The import worker: reads the dropped files, checks them and hands back clean CSVs. Cancel =
// the page terminates this worker; nothing it did reaches the data in use before it is done.
const post = (m: WorkerMessage, transfer: Transferable[] = []) =>
	(self as DedicatedWorkerGlobalScope).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<{ files: File[] }>) => {
	try {
		const files = e.data.files;
		const totalBytes = files.reduce((s, f) => s + f.size, 0);
		const inputs: InputText[] = [];
		let bytes = 0;
		for (const f of files) {
			const data = new Uint8Array(await f.arrayBuffer());
			if (isZip(data)) {
				const sheets = readXlsx(data).filter((s) => s.rows.length > 0);
				for (const s of sheets)
					inputs.push({
						file: sheets.length > 1 ? `${f.name} › ${s.name}` : f.name,
						names: [s.name, f.name],
						text: sheetToCsv(s),
						encoding: 'xlsx'
					});
			} else inputs.push({ file: f.name, ...decode(data) });
			bytes += f.size;
			post({ type: 'progress', progress: { bytes, totalBytes, rows: 0, file: f.name } });
		}
		const res = checkFiles(inputs);
		const rows = Object.values(res.counts).reduce((s, n) => s + n, 0);
		post({ type: 'progress', progress: { bytes, totalBytes, rows, file: '' } });
		const enc = new TextEncoder();
		const csv = res.csv
			? Object.fromEntries(Object.entries(res.csv).map(([t, s]) => [t, enc.encode(s)]))
			: null;
		post(
			{ type: 'done', files: res.files, problems: res.problems, counts: res.counts, csv },
			csv ? Object.values(csv).map((b) => b.buffer as ArrayBuffer) : []
		);
	} catch (err) {
		post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
	}
};
