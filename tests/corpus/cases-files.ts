import type { CorpusCase } from './kit';
import { accept, fail, latin1, utf16 } from './kit';

/** Encodings, bytes and files. */
export const bytes: CorpusCase[] = [
	{
		name: 'UTF-8 with BOM is read',
		make: (f) => (f.put('events', '\ufeff' + f.text('events')), accept())
	},
	{
		name: 'UTF-16LE with BOM is read',
		make: (f) => (
			f.put('events', utf16(f.text('events'), true)),
			accept('SELECT count(*) > 0 AS ok FROM events', true)
		)
	},
	{
		name: 'UTF-16BE with BOM is read',
		make: (f) => (f.put('agencies', utf16(f.text('agencies'), false)), accept())
	},
	{
		name: 'UTF-16 without BOM is refused',
		make: (f) => (f.put('events', utf16(f.text('events'), true, false)), fail('encoding', 'events'))
	},
	{
		name: 'Windows-1252 is read as such (é stays é)',
		make: (f) => {
			f.set('events', 1, { venue: 'Balai Desa Café' });
			f.put('events', latin1(f.text('events')));
			return accept(`SELECT count(*) AS n FROM events WHERE venue = 'Balai Desa Café'`, 1);
		}
	},
	{
		name: 'UTF-8 mixed with Windows-1252 is refused',
		make: (f) => {
			f.set('events', 1, { venue: 'Café' });
			f.put('events', Buffer.concat([Buffer.from(f.text('events')), latin1('X,y,\xe9\n')]));
			return fail('encoding', 'events');
		}
	},
	{
		name: 'invalid UTF-8 after the first 64 KiB is refused',
		make: (f) => {
			const [head, ...rest] = f.text('events').trim().split('\n');
			const body = Array.from({ length: 900 }, (_, i) => rest[i % rest.length]).join('\n');
			f.put('events', Buffer.concat([Buffer.from(`${head}\n${body}\n`), latin1('X,\xe9\n')]));
			return fail('encoding', 'events');
		}
	},
	{
		name: 'binary data is refused',
		make: (f) => (
			f.put(
				'events',
				Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)
			),
			fail('encoding', 'events')
		)
	},
	{
		name: 'an Excel file under a .csv name is refused',
		make: (f) => (
			f.put('requests', latin1('PK\x03\x04\x14\x00\x06\x00')),
			fail('encoding', 'requests')
		)
	},
	{
		name: 'a NUL byte in a cell is refused',
		make: (f) => fail('type', 'events', f.set('events', 2, { venue: 'Balai\u0000Desa' }), 'venue')
	},
	{ name: 'an empty file is refused', make: (f) => (f.put('events', ''), fail('file', 'events')) },
	{
		name: 'a file with only a BOM is refused',
		make: (f) => (f.put('programs', '\ufeff'), fail('file', 'programs'))
	},
	{
		name: 'a required file that is missing',
		make: (f) => (f.remove('requests'), fail('file', 'requests'))
	},
	{
		name: 'a table name that is a folder',
		make: (f) => (f.folder('events'), fail('file', 'events'))
	},
	{
		name: 'a required table with a header only',
		make: (f) => (
			f.put('requests', f.text('requests').split('\n')[0] + '\n'),
			fail('empty_table', 'requests')
		)
	},
	{
		name: 'an optional table that is missing is empty',
		make: (f) => (f.remove('proposals'), accept('SELECT count(*) AS n FROM proposals', 0))
	},
	{
		name: 'regions.csv absent: regions come from idn-area-data',
		make: (f) => (
			f.remove('regions'),
			accept(`SELECT count(*) > 100 AS ok FROM regions WHERE level = 'village'`, true)
		)
	}
];

/** CSV syntax and size. */
export const syntax: CorpusCase[] = [
	{
		name: 'semicolons are read',
		make: (f) => (f.write('events', f.rows('events'), ';'), accept())
	},
	{ name: 'tabs are read', make: (f) => (f.write('requests', f.rows('requests'), '\t'), accept()) },
	{
		name: 'CRLF line ends are read',
		make: (f) => (f.write('events', f.rows('events'), ',', '\r\n'), accept())
	},
	{
		name: 'CR line ends are read',
		make: (f) => (f.write('agencies', f.rows('agencies'), ',', '\r'), accept())
	},
	{
		name: 'a row with another delimiter',
		make: (f) => {
			f.lines('events', (l) => l.map((s, i) => (i === 3 ? s.replaceAll(',', ';') : s)));
			return fail('csv', 'events', 4);
		}
	},
	{
		name: 'a row with too few cells',
		make: (f) => (
			f.lines('events', (l) => [...l.slice(0, 3), 'X-1,gempungan', ...l.slice(3)]),
			fail('csv', 'events', 4)
		)
	},
	{
		name: 'a row with too many cells',
		make: (f) => (
			f.lines('agencies', (l) => l.map((s, i) => (i === 2 ? `${s},extra` : s))),
			fail('csv', 'agencies', 3)
		)
	},
	{
		name: 'a quote never closed',
		make: (f) => (
			f.lines('events', (l) =>
				l.map((s, i) => (i === 4 ? s.replace(/,([^,]*),(\d{4}-)/, ',"$1,$2') : s))
			),
			fail('csv', 'events', 5)
		)
	},
	{
		name: 'a quote inside an unquoted cell',
		make: (f) => (
			f.lines('events', (l) => l.map((s, i) => (i === 2 ? s.replace('Balai', 'Bal"ai') : s))),
			fail('csv', 'events', 3)
		)
	},
	{
		name: 'text after a closing quote',
		make: (f) => (
			f.lines('agencies', (l) =>
				l.map((s, i) => (i === 2 ? s.replace(/,([^,]+),/, ',"$1"x,') : s))
			),
			fail('csv', 'agencies', 3)
		)
	},
	{
		name: 'a quoted line break: later lines keep their physical number',
		make: (f) => {
			f.set('events', 1, { venue: 'Balai\nDesa\nCibuntu' });
			f.set('events', 4, { date: '2025-13-01' });
			return fail('type', 'events', 7, 'date');
		}
	},
	{
		name: 'blank lines are skipped and still counted',
		make: (f) => {
			f.set('events', 3, { date: '2025-02-30' });
			f.lines('events', (l) => [l[0]!, '', '', ...l.slice(1)]);
			return fail('type', 'events', 6, 'date');
		}
	},
	{
		name: 'a cell over 65,536 characters',
		make: (f) => fail('size', 'events', f.set('events', 2, { venue: 'x'.repeat(100_000) }), 'venue')
	},
	{
		name: 'a row of more than 1,000 cells',
		make: (f) => (
			f.lines('agencies', (l) => l.map((s, i) => (i === 1 ? s + ','.repeat(1200) : s))),
			fail('size', 'agencies', 2)
		)
	}
];

/** Header line. */
export const header: CorpusCase[] = [
	{
		name: 'a duplicated header column',
		make: (f) => (
			f.lines('events', (l) => l.map((s, i) => (i === 0 ? s.replace('venue', 'date') : s))),
			fail('header', 'events', 1, 'date')
		)
	},
	{
		name: 'a required column missing',
		make: (f) => (
			f.write(
				'events',
				f.rows('events').map((r) => r.filter((_, k) => k !== 6))
			),
			fail('header', 'events', 1, 'date')
		)
	},
	{
		name: 'no header line',
		make: (f) => (f.lines('agencies', (l) => l.slice(1)), fail('header', 'agencies', 1))
	},
	{
		name: 'header names in other case and spacing are matched',
		make: (f) => (
			f.lines('events', (l) =>
				l.map((s, i) =>
					i === 0 ? s.replace('event_id', 'Event ID').replace('village_code', ' VILLAGE_CODE ') : s
				)
			),
			accept()
		)
	},
	{
		name: 'an optional column absent is left empty',
		make: (f) => (
			f.write(
				'events',
				f.rows('events').map((r) => r.slice(0, 8))
			),
			accept('SELECT count(*) AS n FROM events WHERE visitors IS NOT NULL', 0)
		)
	},
	{
		name: 'personal columns in Indonesian spellings are dropped',
		make: (f) => {
			const rows = f.rows('requests');
			const extra = ['Nama Lengkap', 'No. HP', 'nik_ktp', 'Tanggal Lahir', 'Telp.', 'alamat_rumah'];
			f.write(
				'requests',
				rows.map((r, i) =>
					i === 0
						? [...extra, ...r]
						: [
								'Sumarti Rahasia',
								'0812 3456 7890',
								'3514010101800001',
								'1980-01-01',
								'0343-123456',
								'Jl. Rahasia 1',
								...r
							]
				)
			);
			return accept(`SELECT count(*) AS n FROM requests WHERE request_id LIKE '%Rahasia%'`, 0);
		}
	}
];
