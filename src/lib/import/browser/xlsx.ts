import { strFromU8, unzipSync } from 'fflate';
import { worded, type Worded } from '../problems';

/** One worksheet as rows of cell text (numbers as written, date-formatted numbers as ISO). */
export interface Sheet {
	name: string;
	rows: string[][];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (s: string) =>
	s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
		e[0] === '#'
			? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1))
			: (entities[e] ?? m)
	);
const attr = (tag: string, name: string) =>
	new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
/** The text of every `<t>` inside a fragment (rich text runs joined, phonetic runs left out). */
const texts = (xml: string) =>
	[...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
		.map((m) => unescape(m[1]!))
		.join('');

/** Column letters (`A`, `AB`) of a cell reference to a 0-based index. */
function columnIndex(ref: string): number {
	let n = 0;
	for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
	return n - 1;
}

/** Number formats that show a date or time (built-in ids and custom codes with d/m/y/h/s). */
function dateStyles(styles: string | undefined): Set<number> {
	const out = new Set<number>();
	if (!styles) return out;
	const custom = new Map<string, string>();
	for (const m of styles.matchAll(/<numFmt\b[^>]*>/g))
		custom.set(attr(m[0], 'numFmtId') ?? '', unescape(attr(m[0], 'formatCode') ?? ''));
	const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
	[...xfs.matchAll(/<xf\b[^>]*>/g)].forEach((m, i) => {
		const id = attr(m[0], 'numFmtId') ?? '0';
		const n = Number(id);
		const code = (custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
		if ((n >= 14 && n <= 22) || (n >= 45 && n <= 47) || /[dmyhs]/i.test(code)) out.add(i);
	});
	return out;
}

/** An Excel serial day number as ISO `YYYY-MM-DD`, with `THH:MM:SS` when it has a time of day. */
export function serialToIso(serial: number, date1904 = false): string {
	// Serial 25569 is 1970-01-01 (1900 system); in the 1904 system serial 0 is 1904-01-01 (24107 days before).
	const seconds = Math.round((serial - (date1904 ? 24107 : 25569)) * 86_400);
	const iso = new Date(seconds * 1000).toISOString();
	return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** Why a file that starts as a zip cannot be read as a workbook (in English and as words). */
export class NotWorkbook extends Error {
	constructor(readonly said: Worded) {
		super(said.message);
	}
}

const notWorkbook = () =>
	worded(
		'a ZIP file that is not an Excel .xlsx workbook (xl/workbook.xml missing): save the table as .xlsx or CSV',
		'detail_not_workbook'
	);
const damaged = () =>
	worded(
		'a damaged ZIP or Excel file: it cannot be opened as an .xlsx workbook; save it again as .xlsx or CSV',
		'detail_workbook_damaged'
	);

/**
 * Reads every worksheet of an `.xlsx` workbook (Office Open XML), in workbook order; throws
 * `NotWorkbook` for a zip without a workbook or bytes that do not unzip.
 */
export function readXlsx(bytes: Uint8Array): Sheet[] {
	let files: ReturnType<typeof unzipSync>;
	try {
		files = unzipSync(bytes, {
			filter: (f) => f.name.startsWith('xl/') && !f.name.startsWith('xl/media/')
		});
	} catch {
		throw new NotWorkbook(damaged());
	}
	const text = (name: string) => (files[name] ? strFromU8(files[name]) : undefined);
	const workbook = text('xl/workbook.xml');
	if (!workbook) throw new NotWorkbook(notWorkbook());
	const date1904 = /<workbookPr\b[^>]*date1904="(1|true)"/.test(workbook);
	const rels = new Map<string, string>();
	for (const m of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g))
		rels.set(attr(m[0], 'Id') ?? '', (attr(m[0], 'Target') ?? '').replace(/^\/?(xl\/)?/, 'xl/'));
	const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
		(m) => texts(m[1]!)
	);
	const dates = dateStyles(text('xl/styles.xml'));
	const sheets: Sheet[] = [];
	for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
		const xml = text(rels.get(attr(m[0], 'r:id') ?? '') ?? '');
		if (!xml) continue;
		const rows: string[][] = [];
		for (const r of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
			const at = Number(attr(r[0], 'r') ?? rows.length + 1) - 1;
			const cells: string[] = [];
			for (const c of (r[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
				const tag = `<c${c[1]}>`;
				const ref = attr(tag, 'r');
				const i = ref ? columnIndex(ref) : cells.length;
				const t = attr(tag, 't');
				const body = c[2] ?? '';
				const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
				let value = '';
				if (t === 's') value = shared[Number(v)] ?? '';
				else if (t === 'inlineStr') value = texts(body);
				else if (t === 'b') value = v === '1' ? 'true' : 'false';
				else if (v !== undefined) {
					value = unescape(v);
					const s = Number(attr(tag, 's') ?? -1);
					if ((t === null || t === 'n') && dates.has(s) && value !== '')
						value = serialToIso(Number(value), date1904);
				}
				while (cells.length < i) cells.push('');
				cells[i] = value;
			}
			while (rows.length < at) rows.push([]);
			rows[at] = cells;
		}
		sheets.push({ name: unescape(attr(m[0], 'name') ?? ''), rows });
	}
	return sheets;
}

/** A sheet as CSV text (comma, `"` quotes), one line per sheet row so line numbers match. */
export function sheetToCsv(sheet: Sheet): string {
	const width = Math.max(0, ...sheet.rows.map((r) => r.length));
	const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
	return sheet.rows
		.map((r) => Array.from({ length: width }, (_, i) => q(r[i] ?? '')).join(','))
		.join('\n');
}

/**
 * A workbook's sheets that have rows, or why the file is no workbook that can be read (listed as
 * its problem, like any file's).
 */
export function readWorkbook(bytes: Uint8Array): { sheets: Sheet[] } | { problem: Worded } {
	let sheets: Sheet[];
	try {
		sheets = readXlsx(bytes).filter((s) => s.rows.length);
	} catch (e) {
		return { problem: e instanceof NotWorkbook ? e.said : damaged() };
	}
	if (!sheets.length)
		return { problem: worded('the workbook has no sheet with rows', 'detail_workbook_empty') };
	return { sheets };
}
