import type { Table } from '$lib/schema/define';
import type { Encoding } from '../encoding';
import { readTableFile, type FileReport } from '../file-reader';
import { ProblemLog, type Problem, type ProblemKind } from '../problems';
import { StagedRows } from './staged';

/** Problems kept for the screen and the CSV download (counts are always complete). */
export const KEEP_PROBLEMS = 10_000;

/** One part of a file to check on its own: bytes `[from, to)`, records starting at `from`. */
export interface PartRequest {
	file: string;
	from: number;
	to: number;
	/** Whether the part reaches the end of the file. */
	last: boolean;
	/** For a part after the first: the file's header line and encoding. */
	after?: { header: string; encoding: Encoding };
}

/** What checking a part gave: its report, its problems (the first ones, counted by kind). */
export interface PartResult {
	report: FileReport;
	kept: Problem[];
	counts: Map<ProblemKind, number>;
}

/**
 * Callbacks of a part's check: staged batches in order (`tail`: the last, not full), rows and
 * bytes done so far.
 */
export interface PartSink {
	batch(ipc: Uint8Array, tail: boolean): void;
	rows(n: number): void;
	bytes(n: number): void;
}

/** A blob's bytes in chunks, each counted by `onBytes` as it is read. */
export async function* blobChunks(
	blob: Blob,
	onBytes: (n: number) => void = () => undefined
): AsyncIterable<Uint8Array> {
	const reader = (blob.stream() as ReadableStream<Uint8Array>).getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return;
		onBytes(value.byteLength);
		yield value;
	}
}

/**
 * Line breaks in `blob` as the CSV reader counts them (`\n`, `\r\n` and a lone `\r` each one),
 * quoted or not: the physical line a part starting after them begins on is one more.
 */
export async function countLineBreaks(blob: Blob): Promise<number> {
	let n = 0;
	let crLast = false;
	for await (const b of blobChunks(blob)) {
		for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) n++;
		// A \r counts unless a \n follows (that pair was counted at the \n).
		for (let i = b.indexOf(13); i >= 0; i = b.indexOf(13, i + 1))
			if (i + 1 < b.length ? b[i + 1] !== 10 : true) n++;
		if (crLast && b[0] === 10) n--;
		crLast = b[b.length - 1] === 13;
	}
	return n;
}

/**
 * Checks one part of a file of `table` with the importer's reader and checks (`readTableFile`),
 * staging its clean rows; a later part first counts the lines before it, so every line number is
 * the file's own.
 */
export async function checkPart(
	table: Table,
	blob: Blob,
	req: PartRequest,
	sink: PartSink
): Promise<PartResult> {
	const log = new ProblemLog(KEEP_PROBLEMS, KEEP_PROBLEMS);
	let tail = false;
	const rows = new StagedRows(table, (ipc) => sink.batch(ipc, tail));
	const after = req.after && {
		...req.after,
		line: 1 + (await countLineBreaks(blob.slice(0, req.from)))
	};
	let n = 0;
	const report = await readTableFile(
		table,
		req.file,
		blobChunks(blob.slice(req.from, req.to), sink.bytes),
		log,
		(values, line) => {
			rows.add(values, line);
			if (++n % 10_000 === 0) sink.rows(n);
		},
		undefined,
		{ after, toEnd: req.last }
	);
	tail = true;
	rows.finish();
	sink.rows(n);
	return { report, kept: log.kept, counts: log.counts };
}
