import * as arrow from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { Table } from '$lib/schema/define';
import { tableByName } from '$lib/schema/index';
import { CsvTokenizer } from '../csv-reader';
import { checkFiles, type Input, type Splitter } from './check-files';
import { checkPart, countLineBreaks } from './part-check';
import { BATCH_ROWS } from './staged';

const HEADER =
	'request_id,program,event_id,channel,kind,agency_code,service_code,citizen_village_code,received_at,status,resolved_at,delivery,satisfaction,nama_pemohon';

/** A requests file of `n` rows with a problem every few hundred lines, as `eol` ends lines. */
function requestsCsv(n: number, eol: string, odd: (i: number) => string | null = () => null) {
	const lines = [HEADER];
	for (let i = 0; i < n; i++) {
		const day = `2025-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`;
		const bad = odd(i);
		if (bad !== null) lines.push(bad);
		else if (i % 397 === 5)
			lines.push(
				`R-${i},kenduren_mas,,hotline,complaint,DPUPR,,35.14.01.2003,${day}T25:00:00,unanswered,,,,Budi`
			);
		else if (i % 503 === 7)
			lines.push(
				`R-${i},kenduren_mas,,fax,complaint,DPUPR,,35.14.01.2003,${day}T09:00:00,unanswered,,,,Budi`
			);
		else if (i % 611 === 9) lines.push(`R-${i},kenduren_mas,,hotline,complaint`);
		else if (i % 701 === 11)
			lines.push(
				`R-${i},kenduren_mas,,hotline,complaint,DPUPR,,35.14.01.2003,${day}T09:00:00,unanswered,,,"1.000",Budi`
			);
		else
			lines.push(
				`R-${i},kenduren_mas,,hotline,complaint,DPUPR,,35.14.01.2003,${day}T09:${String(i % 60).padStart(2, '0')}:00,resolved,${day}T10:00:00,,${1 + (i % 5)},"Budi, ""S"""`
			);
	}
	return `\uFEFF${lines.join(eol)}${eol}`;
}

/** How often a file was read whole (not in parts). */
const reads = { whole: 0 };

function input(text: string): Input {
	const bytes = new TextEncoder().encode(text);
	return {
		file: 'requests.csv',
		names: ['requests.csv'],
		head: text.slice(0, 4096),
		chunks: (async function* () {
			reads.whole++;
			for (let at = 0; at < bytes.length; at += 65_536) yield bytes.subarray(at, at + 65_536);
		})(),
		blob: new Blob([bytes])
	};
}

/** Checks `text` whole, then in `k` parts; returns both outcomes and the staged rows of each. */
async function both(text: string, k: number) {
	const runs: number[] = [];
	const splitter: Splitter = {
		parts: () => k,
		run: (table, blob) => (i, req, sink) => {
			runs.push(i);
			return checkPart(tableByName(table) as Table, blob, req, sink);
		}
	};
	const go = async (s?: Splitter) => {
		const batches: Uint8Array[] = [];
		const res = await checkFiles(
			[input(text)],
			undefined,
			undefined,
			(t, ipc) => {
				if (t === 'requests') batches.push(ipc);
			},
			s
		);
		const rows = batches.flatMap((b) =>
			arrow
				.tableFromIPC(b)
				.toArray()
				.map((r) => r.toJSON())
		);
		const files = res.files.map(({ ms, ...f }) => (void ms, f));
		return { problems: res.problems, counts: res.counts, files, filesOf: res.files_of, rows };
	};
	reads.whole = 0;
	const whole = await go();
	const split = await go(splitter);
	return { whole, split, runs, wholeReads: reads.whole };
}

describe('a large file read in parts side by side', () => {
	it('gives the same problems, lines, counts and staged rows as one read (BOM, CRLF, quotes)', async () => {
		for (const eol of ['\r\n', '\n']) {
			const { whole, split, runs, wholeReads } = await both(requestsCsv(3000, eol), 3);
			expect(runs).toEqual([0, 1, 2]);
			expect(wholeReads).toBe(1);
			expect(whole.problems.length).toBeGreaterThan(20);
			expect(new Set(whole.problems.map((p) => p.kind))).toEqual(
				new Set(['type', 'value', 'csv', 'file'])
			);
			expect(split).toEqual(whole);
		}
	});

	it('reads the file whole when a cut falls inside a quoted cell, handing no batch on twice', async () => {
		// A quoted cell of a million lines in the middle, after more than a batch of rows: the cut
		// at half the file falls in it.
		const n = 140_000;
		const cell = `"${'\n'.repeat(1_000_000)}"`;
		const text = requestsCsv(n, '\n', (i) =>
			i === n / 2 - 3_000 ? `R-x,kenduren_mas,,hotline,complaint,DPUPR,,${cell}` : null
		);
		const bytes = new TextEncoder().encode(text).length;
		const at = text.indexOf(cell);
		expect(at).toBeLessThan(bytes / 2);
		expect(at + cell.length).toBeGreaterThan(bytes / 2);
		const { whole, split, runs, wholeReads } = await both(text, 2);
		expect(runs).toEqual([0, 1]);
		expect(wholeReads).toBe(2);
		expect(whole.rows.length).toBeGreaterThan(BATCH_ROWS);
		expect(split).toEqual(whole);
	});

	it('counts line breaks as the CSV reader does (\\n, \\r\\n, a lone \\r), across chunks', async () => {
		const text = `a,b\r\nc,"d\re"\n\r\r\n${'x,y\r\n'.repeat(20_000)}z\r`;
		let lines = 0;
		const tok = new CsvTokenizer(
			() => undefined,
			() => undefined,
			','
		);
		tok.push(text);
		lines = tok.currentLine - 1;
		expect(await countLineBreaks(new Blob([text]))).toBe(lines);
		expect(lines).toBe(20_006);
	});
});
