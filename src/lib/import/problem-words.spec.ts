import { describe, expect, it } from 'vitest';
import { wordDetail } from '$lib/i18n/detail-words';
import type { Locale } from '$lib/i18n/format';
import { idImport } from '$lib/i18n/id-import';
import { events } from '$lib/schema/events';
import { requests } from '$lib/schema/requests';
import { strToU8, zipSync } from 'fflate';
import { checkFiles, type Input } from './browser/check-files';
import { readWorkbook } from './browser/xlsx';
import type { Problem } from './problems';
import { rowRules, type TypedRow } from './rules';
import { checkText } from './validate';

type DetailKey = keyof typeof idImport & `detail_${string}`;

/** A problem's detail as the import page shows it in `locale`. */
const shown = (p: Pick<Problem, 'detail'>, locale: Locale) => wordDetail(locale, p.detail!);

/**
 * Every problem is worded by an i18n key, its slots filled: the English equal to the command
 * line's message (the codes it names as written there), the Indonesian different. Returns the
 * keys, in order.
 */
function keysOf(problems: Pick<Problem, 'message' | 'detail'>[]): string[] {
	for (const p of problems) {
		expect(p.detail, p.message).toBeDefined();
		expect(p.detail!.key in idImport, p.detail!.key).toBe(true);
		const [id, en] = [shown(p, 'id'), shown(p, 'en')];
		expect(id, p.detail!.key).not.toMatch(/[{}]/);
		expect(en).not.toMatch(/[{}]/);
		expect(wordDetail('en', { ...p.detail!, codes: undefined })).toBe(p.message);
		expect(id).not.toBe(en);
	}
	return problems.map((p) => p.detail!.key);
}

const eventsHeader =
	'event_id,program,regency_code,district_code,village_code,venue,date,status,visitors';
const eventRow = 'E1,kenduren_mas,35.14,35.14.01,35.14.01.2001,Balai,2025-02-20,held,412';

describe('problems between cells of one row, in Indonesian and English', () => {
	// One row per message: the rules' table, the row, the key it must be worded by.
	const cases: [string, TypedRow, DetailKey][] = [
		[
			'requests',
			{
				received_at: '2025-02-20T09:00:00',
				resolved_at: '2025-02-19T09:00:00',
				status: 'resolved'
			},
			'detail_resolved_before_received'
		],
		['requests', { status: 'resolved', resolved_at: null }, 'detail_resolved_needed'],
		[
			'requests',
			{ status: 'rejected', resolved_at: '2025-02-20T09:00:00' },
			'detail_resolved_not_empty'
		],
		['requests', { channel: 'event', event_id: null }, 'detail_event_needed'],
		['requests', { channel: 'hotline', event_id: 'E1' }, 'detail_event_not_empty'],
		['events', { status: 'cancelled', visitors: 12 }, 'detail_visitors_not_held'],
		['event_agencies', { status: 'absent', staff: 2 }, 'detail_staff_absent'],
		[
			'aid_distributions',
			{ recipients: 120, target_recipients: 100 },
			'detail_recipients_over_target'
		],
		[
			'proposals',
			{ submitted_at: '2025-03-01', updated_at: '2025-02-01' },
			'detail_updated_before_submitted'
		],
		['regions', { code: '35', level: 'regency', parent_code: null }, 'detail_level_is_province'],
		['regions', { code: '35.14', level: 'village', parent_code: '35' }, 'detail_level_is_regency'],
		[
			'regions',
			{ code: '35.14.01', level: 'regency', parent_code: '35.14' },
			'detail_level_is_district'
		],
		[
			'regions',
			{ code: '35.14.01.2001', level: 'district', parent_code: '35.14.01' },
			'detail_level_is_village'
		],
		['regions', { code: '35', level: 'province', parent_code: '36' }, 'detail_parent_empty'],
		['regions', { code: '35.14', level: 'regency', parent_code: null }, 'detail_parent_missing'],
		['regions', { code: '35.14', level: 'regency', parent_code: '36' }, 'detail_parent_wrong']
	];

	it.each(cases)('%s: %j is worded by its own key', (table, row, key) => {
		const said = rowRules
			.filter((r) => r.table === table)
			.map((r) => r.check(row))
			.filter((s) => s !== null);
		expect(keysOf(said)).toContain(key);
	});

	it('reports a rule in a file at the blamed cell with its words', async () => {
		const r = await checkText(
			events,
			`${eventsHeader}\n${eventRow.replace('held', 'cancelled')}\n`
		);
		expect(r.problems.map((p) => [p.kind, p.line, p.column, p.field])).toEqual([
			['cross_field', 2, 9, 'visitors']
		]);
		expect(keysOf(r.problems)).toEqual(['detail_visitors_not_held']);
		expect(shown(r.problems[0]!, 'id')).toBe(
			'kegiatan berstatus "Dibatalkan" (cancelled) tidak punya pengunjung: kosongkan visitors'
		);
		expect(shown(r.problems[0]!, 'en')).toBe(
			'a "cancelled" event has no visitors; leave visitors empty'
		);
		const early = await checkText(
			requests,
			'request_id,program,event_id,channel,kind,agency_code,service_code,citizen_village_code,received_at,status,resolved_at,delivery,satisfaction\n' +
				'R1,kenduren_mas,E1,event,service,DISDUK,KTP_EL,35.14.01.2001,2025-02-20T09:14:00,resolved_on_site,2025-02-20T09:04:00,on_site,5\n'
		);
		expect(keysOf(early.problems)).toEqual(['detail_resolved_before_received']);
		expect(shown(early.problems[0]!, 'id')).toBe(
			'tanggal selesai (resolved_at) 2025-02-20T09:04:00 lebih awal dari tanggal diterima (received_at) 2025-02-20T09:14:00'
		);
	});
});

describe('CSV syntax, encoding and header problems, in Indonesian and English', () => {
	const bytes = (...parts: (string | number[])[]) =>
		Uint8Array.from(
			parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p))
		);
	const filler = 'x'.repeat(70_000);
	const cases: [string, string | Uint8Array, DetailKey][] = [
		['an open quote at the end', `${eventsHeader}\nE1,"kenduren_mas`, 'detail_quote_unclosed'],
		['a quote inside a cell', `${eventsHeader}\nE"1${eventRow.slice(2)}\n`, 'detail_quote_in_cell'],
		[
			'text after a quote',
			`${eventsHeader}\n"E1"x${eventRow.slice(2)}\n`,
			'detail_text_after_quote'
		],
		[
			'a long cell',
			`${eventsHeader}\n${eventRow.replace('Balai', 'B'.repeat(2_001))}\n`,
			'detail_cell_too_long'
		],
		[
			'too many cells',
			`${eventsHeader}\n${eventRow},a,b,c,d,e,f,g,h,i,j,k,l\n`,
			'detail_too_many_cells'
		],
		['a zip file', bytes([0x50, 0x4b, 3, 4], 'xl/workbook.xml'), 'detail_zip'],
		[
			'UTF-16 without a mark',
			bytes(...[...eventsHeader].map((c) => [c.charCodeAt(0), 0])),
			'detail_utf16_no_bom'
		],
		['binary bytes', bytes(Array.from({ length: 200 }, (_, i) => (i % 8) + 1)), 'detail_binary'],
		[
			'mixed encodings',
			bytes(`${eventsHeader}\nE1,caf\u00e9,`, [0x63, 0x61, 0x66, 0xe9, 0x2c]),
			'detail_mixed_encoding'
		],
		['bad UTF-8 later on', bytes(`${eventsHeader}\nE1,${filler}\n`, [0xff]), 'detail_not_encoding'],
		['a character cut at the end', bytes(`${eventsHeader}\n`, [0xc3]), 'detail_not_encoding_end'],
		['no bytes', '', 'detail_file_empty'],
		['a blank line', '\n', 'detail_no_header'],
		['no column of the table', 'a,b\n1,2\n', 'detail_no_table_column'],
		['a column twice', `${eventsHeader},date\n`, 'detail_column_twice'],
		['a required column missing', `${eventsHeader.replace(',date', '')}\n`, 'detail_column_missing']
	];

	it.each(cases)('%s is worded by its own key', async (_, text, key) => {
		const r = await checkText(events, text, 'events.csv', { maxCell: 2_000, maxCells: 12 });
		expect(keysOf(r.problems)).toContain(key);
	});

	it('writes numbers in the page language', async () => {
		const r = await checkText(events, cases[3]![1], 'events.csv', { maxCell: 2_000, maxCells: 12 });
		const long = r.problems.find((p) => p.detail?.key === 'detail_cell_too_long')!;
		expect(shown(long, 'id')).toMatch(/^sel lebih panjang dari 2\.000 karakter/);
		expect(shown(long, 'en')).toMatch(/^cell longer than 2,000 characters/);
	});

	it('words the files of a drop: unknown, twice, missing', async () => {
		const input = (file: string, text: string): Input => ({
			file,
			names: [file],
			head: text,
			chunks: (async function* () {
				yield new TextEncoder().encode(text);
			})()
		});
		// A zip that is no workbook: its problem, as the worker gives it (see xlsx.spec.ts).
		const book = readWorkbook(zipSync({ 'foto.jpg': strToU8('not a picture') }));
		const zip = { ...input('foto.zip', ''), problem: 'problem' in book ? book.problem : undefined };
		const res = await checkFiles([
			input('notes.csv', 'a,b\n1,2\n'),
			zip,
			input('events.csv', `${eventsHeader}\n${eventRow}\n`),
			input('events (2).csv', `${eventsHeader}\n${eventRow}\n`)
		]);
		const keys = keysOf(res.problems);
		for (const key of [
			'detail_no_table',
			'detail_not_workbook',
			'detail_table_twice',
			'detail_file_missing',
			'detail_regions_missing'
		])
			expect(keys).toContain(key);
		// The zip's problem is its own; the files after it are still read and checked.
		expect(res.problems.filter((p) => p.file === 'foto.zip').map((p) => p.kind)).toEqual(['file']);
		expect(res.files.find((f) => f.file === 'events.csv')).toMatchObject({
			table: 'events',
			rows: 1
		});
		expect(res.staged).toBeNull();
	});
});

describe('values read in another accepted form, in Indonesian and English', () => {
	it('words an Indonesian number by its key, the English equal to the command line', async () => {
		const r = await checkText(
			events,
			`${eventsHeader}\n${eventRow.replace(',412', ',1.234.567')}\n`
		);
		expect(r.problems).toEqual([]);
		const [n] = r.report.normalised;
		expect(n!.detail.key).toBe('normalised_id_number');
		expect(shown(n!, 'en')).toBe(n!.example);
		expect(shown(n!, 'id')).toBe('angka bentuk Indonesia 1.234.567 → 1234567');
	});
});

describe('Indonesian problem details', () => {
	it('carry no English words (column names and codes aside)', () => {
		const english =
			/\b(the|is|not|must|before|after|needs?|empty|missing|cells?|quote|file|text|than|of|and|or|has|no)\b/i;
		for (const [key, text] of Object.entries(idImport))
			if (key.startsWith('detail_')) expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(english);
	});
});
