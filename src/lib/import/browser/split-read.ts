import { SNIFF_BYTES, sniffEncoding, textDecoder } from '../encoding';
import type { FileReport } from '../file-reader';
import type { ProblemLog } from '../problems';
import { FAILED_KEYS } from '../table-check';
import type { PartRequest, PartResult, PartSink } from './part-check';

/** Checks part `i` of a file (the first in this worker, the others in workers of their own). */
export type PartRunner = (i: number, req: PartRequest, sink: PartSink) => Promise<PartResult>;

/** Bytes searched for a line break after each cut. */
const CUT_WINDOW = 1 << 20;

/**
 * Where to cut `blob` into `k` parts that start on a line, or null when it cannot be cut:
 * an encoding other than UTF-8 or Windows-1252, or a header line that is long or quoted.
 * A cut may still fall inside a quoted cell: `readSplit` finds that out and reads the file whole.
 */
export async function planSplit(
	blob: Blob,
	file: string,
	k: number
): Promise<PartRequest[] | null> {
	const head = new Uint8Array(await blob.slice(0, SNIFF_BYTES).arrayBuffer());
	const sniffed = sniffEncoding(head);
	if (!sniffed.ok || sniffed.encoding.startsWith('UTF-16')) return null;
	const text = textDecoder(sniffed.encoding).decode(head);
	const nl = text.indexOf('\n');
	if (nl < 0 || text.lastIndexOf('"', nl) >= 0) return null;
	const header = text.slice(0, nl).replace(/\r$/, '');
	const cuts = [0];
	for (let i = 1; i < k; i++) {
		const at = Math.floor((blob.size * i) / k);
		const window = new Uint8Array(await blob.slice(at, at + CUT_WINDOW).arrayBuffer());
		const lf = window.indexOf(10);
		const cut = at + lf + 1;
		if (lf < 0 || cut <= cuts.at(-1)! || cut >= blob.size) return null;
		cuts.push(cut);
	}
	cuts.push(blob.size);
	return cuts.slice(0, -1).map((from, i) => ({
		file,
		from,
		to: cuts[i + 1]!,
		last: i === k - 1,
		after: i === 0 ? undefined : { header, encoding: sniffed.encoding }
	}));
}

/** The report of a file read in parts: as one read of the whole file gives it. */
export function mergeReports(reports: FileReport[]): FileReport {
	const [first, ...rest] = reports;
	const out: FileReport = {
		...first!,
		normalised: first!.normalised.map((n) => ({ ...n })),
		failedKeys: [...first!.failedKeys]
	};
	for (const r of rest) {
		out.rows += r.rows;
		out.failed += r.failed;
		out.bytes += r.bytes;
		out.readable &&= r.readable;
		out.atRecordStart = r.atRecordStart;
		out.failedKeys.push(...r.failedKeys.slice(0, FAILED_KEYS - out.failedKeys.length));
		for (const n of r.normalised) {
			const seen = out.normalised.find((m) => m.field === n.field);
			if (seen) seen.count += n.count;
			else out.normalised.push({ ...n });
		}
	}
	return out;
}

/**
 * Checks the parts of one file side by side (`run`), then takes their problems into `log` and
 * their staged batches into `take`, in file order, as one read of the whole file would have.
 * The first part's full batches go on at once; the others wait for the parts before them. Each part
 * before the last must end between records (else a cut fell inside a quoted cell): when one does
 * not, nothing of the later parts is taken and `{ fallback }` says how many batches went on.
 */
export async function readSplit(
	parts: PartRequest[],
	run: PartRunner,
	log: ProblemLog,
	take: (ipc: Uint8Array) => void,
	onRows: (rows: number) => void
): Promise<FileReport | { fallback: number }> {
	const held: Uint8Array[][] = parts.map(() => []);
	const rows = parts.map(() => 0);
	let handed = 0;
	const results = await Promise.all(
		parts.map((req, i) =>
			run(i, req, {
				// Full batches of the first part are the same as those of one read: they go on at once.
				batch: (ipc, tail) => (i === 0 && !tail ? (take(ipc), handed++) : held[i]!.push(ipc)),
				rows: (n) => {
					rows[i] = n;
					onRows(rows.reduce((a, b) => a + b, 0));
				},
				bytes: () => undefined
			})
		)
	);
	if (results.slice(0, -1).some((r) => !r.report.atRecordStart)) return { fallback: handed };
	results.forEach((r, i) => {
		// A later part reads the header again: its problems are the first part's.
		log.merge(r, i === 0 ? [] : ['header']);
		held[i]!.forEach(take);
	});
	return mergeReports(results.map((r) => r.report));
}
