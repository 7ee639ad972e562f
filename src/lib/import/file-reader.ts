import type { Table } from '$lib/schema/define';
import { CsvTokenizer, defaultLimits, type CsvLimits } from './csv-reader';
import { delimiterName } from './delimiter';
import { SNIFF_BYTES, sniffEncoding, textDecoder, type Encoding } from './encoding';
import { worded, type ProblemLog, type Worded } from './problems';
import { TableChecker, type RowSink, type TableCheckResult } from './table-check';

/** What reading one file found, besides its problems. */
export interface FileReport extends TableCheckResult {
	encoding?: Encoding;
	delimiter?: string;
	bytes: number;
	/** Whether the text ended between records (always true when the end was read as the file's). */
	atRecordStart?: boolean;
}

/**
 * How to read a part of a file on its own (`split-read.ts`): `after` for a part after the first
 * (the file's header line and encoding, and the line its first record is on); `toEnd` false for a
 * part before the last (its end is not the file's: no last record is flushed).
 */
export interface PartOptions {
	after?: { header: string; encoding: Encoding; line: number };
	toEnd: boolean;
}

/**
 * Reads one file of a contract table from a stream of byte chunks (a Node stream, a browser
 * `ReadableStream` or a single buffer): encoding sniffed from the first 64 KiB, text decoded and
 * tokenised chunk by chunk, every record checked; clean rows go to `sink`. Memory stays bounded
 * by the chunk size and the cell limit, whatever the file size.
 */
export async function readTableFile(
	table: Table,
	file: string,
	chunks: AsyncIterable<Uint8Array>,
	log: ProblemLog,
	sink: RowSink,
	limits: CsvLimits = defaultLimits,
	part: PartOptions = { toEnd: true }
): Promise<FileReport> {
	const checker = new TableChecker(table, file, log, sink);
	const tok = new CsvTokenizer(
		(r) => checker.record(r),
		(p) =>
			log.add({
				kind: p.kind,
				file,
				line: p.line,
				column: p.column,
				field: checker.fieldAt(p.column),
				message: p.message,
				detail: p.detail
			}),
		null,
		limits
	);
	let head = new Uint8Array(0);
	let decoder: ReturnType<typeof textDecoder> | null = null;
	let encoding: Encoding | undefined;
	let bytes = 0;
	if (part.after) {
		// A later part: the header as the file has it, then records numbered from `line`.
		encoding = part.after.encoding;
		decoder = textDecoder(encoding);
		tok.push(`${part.after.header}\n`);
		tok.continueAt(part.after.line);
	}
	const fail = (said: Worded) => {
		log.add({ kind: 'encoding', file, line: tok.currentLine, ...said });
		return { ...checker.result, readable: false, encoding, bytes };
	};
	const feed = (b: Uint8Array): Worded | null => {
		let text: string;
		try {
			text = decoder!.decode(b);
		} catch {
			return worded(
				`not valid ${encoding} text near line ${tok.currentLine}: save the whole file as UTF-8 (or all of it as Windows-1252)`,
				'detail_not_encoding',
				{ encoding: String(encoding), line: String(tok.currentLine) },
				{ encoding: 'encoding' }
			);
		}
		tok.push(text);
		return null;
	};
	for await (const chunk of chunks) {
		bytes += chunk.length;
		if (!decoder) {
			const joined = new Uint8Array(head.length + chunk.length);
			joined.set(head);
			joined.set(chunk, head.length);
			head = joined;
			if (head.length < SNIFF_BYTES) continue;
			// Only the first 64 KiB decide, whatever the chunk size.
			const s = sniffEncoding(head.subarray(0, SNIFF_BYTES));
			if (!s.ok) return fail(s);
			encoding = s.encoding;
			decoder = textDecoder(encoding);
			const err = feed(head);
			head = new Uint8Array(0);
			if (err) return fail(err);
		} else {
			const err = feed(chunk);
			if (err) return fail(err);
		}
	}
	if (!decoder) {
		if (head.length === 0) {
			log.add({ kind: 'file', file, ...worded('the file is empty', 'detail_file_empty') });
			return { ...checker.result, bytes };
		}
		const s = sniffEncoding(head);
		if (!s.ok) return fail(s);
		encoding = s.encoding;
		decoder = textDecoder(encoding);
		const err = feed(head);
		if (err) return fail(err);
	}
	let rest: string;
	try {
		rest = decoder.end();
	} catch {
		return fail(
			worded(
				`not valid ${encoding} text at the end of the file`,
				'detail_not_encoding_end',
				{ encoding: String(encoding) },
				{ encoding: 'encoding' }
			)
		);
	}
	tok.push(rest);
	const atRecordStart = tok.atRecordStart;
	if (part.toEnd) tok.end();
	return {
		...checker.finish(),
		encoding,
		delimiter: tok.delimiter ? delimiterName(tok.delimiter) : undefined,
		bytes,
		atRecordStart
	};
}
