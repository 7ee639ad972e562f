import { describe, expect, it } from 'vitest';
import { tables } from '$lib/schema';
import { codeLabel, codeWord, encodingName, normalisedNote, wordDetail } from './detail-words';
import { messages } from './messages';

describe('codes named in a detail', () => {
	it('show the label with the code, or the code alone where it is its own label', () => {
		expect(codeWord('id', 'event_status', 'cancelled')).toBe('"Dibatalkan" (cancelled)');
		expect(codeWord('en', 'event_status', 'cancelled')).toBe('"cancelled"');
		expect(codeWord('en', 'request_status', 'resolved_on_site')).toBe('"resolved_on_site"');
		expect(codeWord('id', 'request_status', 'resolved_on_site')).toBe(
			'"Selesai di tempat" (resolved_on_site)'
		);
		expect(codeWord('en', 'channel', 'office')).toBe('"office"');
		expect(codeWord('id', 'channel', 'office')).toBe('"Kantor" (office)');
		expect(codeWord('id', 'level', 'province')).toBe('"Provinsi" (province)');
	});

	it('name a contract table by its label and name, on its own or in a sentence', () => {
		expect(codeLabel('id', 'table', 'events')).toBe('Kegiatan (events)');
		expect(codeLabel('id', 'table', 'event_agencies')).toBe('Kehadiran OPD (event_agencies)');
		expect(codeLabel('en', 'table', 'aid_distributions')).toBe('Aid distributions');
		expect(codeLabel('en', 'table', 'event_agencies')).toBe('Agency attendance (event_agencies)');
		expect(codeLabel('id', 'table', 'kegiatan')).toBe('kegiatan');
		expect(codeWord('id', 'table', 'requests')).toBe('"Permohonan" (requests)');
		// Every table of the contract has its label (the family's codes are the tables' names).
		for (const t of tables) expect(codeLabel('id', 'table', t.name)).not.toBe(t.name);
	});

	it('leave a value outside the family as written, in quotes', () => {
		for (const l of ['id', 'en'] as const) {
			expect(codeWord(l, 'event_status', 'batal')).toBe('"batal"');
			// The name of another family's code is not a label of this one.
			expect(codeWord(l, 'event_status', 'absent')).toBe('"absent"');
		}
	});

	it('label each code of a list and only the slots that name codes', () => {
		const d = {
			key: 'detail_not_in_list',
			values: { value: '"Batal"', allowed: 'held, cancelled, postponed' },
			codes: { allowed: 'event_status' as const }
		};
		expect(wordDetail('id', d)).toBe(
			'"Batal" bukan salah satu nilai yang diizinkan ("Terlaksana" (held), "Dibatalkan" (cancelled), "Ditunda" (postponed))'
		);
		expect(wordDetail('en', d)).toBe(
			'"Batal" is not one of the allowed values ("held", "cancelled", "postponed")'
		);
	});

	it('word an encoding in the language of the page', () => {
		const d = {
			key: 'detail_not_encoding_end',
			values: { encoding: 'UTF-8 with BOM' },
			codes: { encoding: 'encoding' as const }
		};
		expect(wordDetail('id', d)).toBe('bukan teks UTF-8 dengan BOM yang sah di akhir berkas');
		expect(wordDetail('en', d)).toBe('not valid UTF-8 with BOM text at the end of the file');
		expect(encodingName('id', 'Windows-1252')).toBe('Windows-1252');
	});
});

describe('values read in another form', () => {
	const n = (count: number) => ({
		field: 'visitors',
		count,
		firstLine: 7,
		detail: { key: 'normalised_id_number', values: { raw: '1.234', canon: '1234' } }
	});

	it('count one value in the singular', () => {
		expect(normalisedNote('en', n(1))).toBe(
			'visitors: 1 value (on line 7: Indonesian number 1.234 → 1234)'
		);
		expect(normalisedNote('id', n(1))).toBe(
			'visitors: 1 nilai (di baris 7: angka bentuk Indonesia 1.234 → 1234)'
		);
	});

	it('count more in the plural, the number in the locale', () => {
		expect(normalisedNote('en', n(2))).toBe(
			'visitors: 2 values (first on line 7: Indonesian number 1.234 → 1234)'
		);
		expect(normalisedNote('id', n(1500))).toBe(
			'visitors: 1.500 nilai (pertama di baris 7: angka bentuk Indonesia 1.234 → 1234)'
		);
	});

	it('have the words in both languages', () => {
		for (const l of ['id', 'en'] as const)
			expect(messages[l].import_normalised_once).toMatch(/^\{field\}: 1 /);
	});
});
