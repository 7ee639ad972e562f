import { describe, expect, it } from 'vitest';
import { wordDetail } from '$lib/i18n/detail-words';
import { events } from '$lib/schema/events';
import type { Problem } from './problems';
import { rowRules, type TypedRow } from './rules';
import { checkText } from './validate';

const eventsHeader =
	'event_id,program,regency_code,district_code,village_code,venue,date,status,visitors';
const eventRow = 'E1,kenduren_mas,35.14,35.14.01,35.14.01.2001,Balai,2025-02-20,held,412';

/** A detail in both languages, Indonesian first. */
const both = (p: Pick<Problem, 'detail'>) => [
	wordDetail('id', p.detail!),
	wordDetail('en', p.detail!)
];
/** The details a table's rules give for a row. */
const said = (table: string, row: TypedRow) =>
	rowRules
		.filter((r) => r.table === table)
		.map((r) => r.check(row))
		.filter((s) => s !== null);

describe('codes named by problem details, labelled in the page language', () => {
	it('a status, a channel and a level between cells of a row', () => {
		expect(both(said('event_agencies', { status: 'absent', staff: 2 })[0]!)).toEqual([
			'perangkat daerah berstatus "Absen" (absent) tidak punya petugas yang bertugas: kosongkan staff atau isi 0',
			'an "absent" agency has no staff on duty'
		]);
		expect(both(said('requests', { channel: 'event', event_id: null })[0]!)).toEqual([
			'saluran (channel) "Di lokasi kegiatan" (event) wajib menyebut kegiatannya: isi event_id',
			'channel "At the event" (event) needs the event_id'
		]);
		expect(both(said('regions', { code: '35', level: 'regency', parent_code: null })[0]!)).toEqual([
			'kode 35 adalah kode provinsi: level harus "Provinsi" (province), bukan "Kabupaten/Kota" (regency)',
			'code 35 is a province, not a "Regency/City" (regency)'
		]);
	});

	it('an unknown status as written, the allowed ones labelled', async () => {
		const r = await checkText(events, `${eventsHeader}\n${eventRow.replace('held', 'Batal')}\n`);
		expect(r.problems.map((p) => [p.line, p.field, ...both(p)])).toEqual([
			[
				2,
				'status',
				'"Batal" bukan salah satu nilai yang diizinkan ("Terlaksana" (held), "Dibatalkan" (cancelled), "Ditunda" (postponed))',
				'"Batal" is not one of the allowed values ("held", "cancelled", "postponed")'
			]
		]);
	});

	it('the encoding of a file with a byte-order mark', async () => {
		const text = new TextEncoder().encode(`\uFEFF${eventsHeader}\n`);
		const r = await checkText(events, Uint8Array.from([...text, 0xc3]));
		expect(r.problems.map(both)).toEqual([
			[
				'bukan teks UTF-8 dengan BOM yang sah di akhir berkas',
				'not valid UTF-8 with BOM text at the end of the file'
			]
		]);
	});
});
