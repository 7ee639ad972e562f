import type { CorpusCase } from './kit';
import { accept, atEvent, cellCase, fail, held, resolved, service, withTarget } from './kit';

/** Numbers, dates and listed values. */
export const cells: CorpusCase[] = [
	cellCase('Indonesian thousands 1.000 is ambiguous', 'events', 'visitors', '1.000', 'type', held),
	cellCase('English thousands 1,000 is ambiguous', 'events', 'visitors', '1,000', 'type', held),
	cellCase('hex 0x1F is not a number', 'events', 'visitors', '0x1F', 'type', held),
	cellCase('exponent 1e3 is not a number', 'aid_distributions', 'quantity', '1e3', 'type'),
	cellCase('a signed +5 is not a number', 'events', 'visitors', '+5', 'type', held),
	cellCase(
		'12abc is not a number',
		'event_agencies',
		'staff',
		'12abc',
		'type',
		(r) => r.staff !== ''
	),
	cellCase('currency Rp 5.000 is not a number', 'proposals', 'estimated_cost', 'Rp 5.000', 'type'),
	cellCase('a space as thousands separator', 'proposals', 'estimated_cost', '50 500 000', 'type'),
	cellCase('a decimal in a whole-number column', 'events', 'visitors', '4.5', 'type', held),
	cellCase('a number past INTEGER', 'events', 'visitors', '2147483648', 'type', held),
	cellCase('a negative count', 'events', 'visitors', '-5', 'value', held),
	{
		name: 'Indonesian 1.234.567,5 is read and reported as normalised',
		make: (f) => (
			f.set('proposals', 1, { estimated_cost: '1.234.567,5' }),
			accept('SELECT count(*) AS n FROM proposals WHERE estimated_cost = 1234567.5', 1)
		)
	},
	{
		name: 'an empty optional number stays empty, not 0',
		make: (f) => (
			f.set('events', f.find('events', held), { visitors: '' }),
			accept('SELECT count(*) AS n FROM events WHERE visitors = 0', 0)
		)
	},
	cellCase('a day that does not exist', 'events', 'date', '2025-02-31', 'type'),
	cellCase('a day-first date', 'events', 'date', '20/02/2025', 'type'),
	cellCase('an Excel serial date', 'events', 'date', '45678', 'type'),
	cellCase('a date-time with Z', 'requests', 'received_at', '2024-01-01T06:33:54Z', 'type'),
	cellCase(
		'a date-time with an offset',
		'requests',
		'received_at',
		'2024-01-01T06:33:54+07:00',
		'type'
	),
	cellCase('an hour 25', 'requests', 'received_at', '2024-01-01T25:00:00', 'type'),
	{
		name: 'a space instead of T in a date-time is read',
		make: (f) => (
			f.set('requests', 1, { received_at: f.get('requests', 1, 'received_at').replace('T', ' ') }),
			accept()
		)
	},
	cellCase('a status that is not listed', 'events', 'status', 'done', 'value'),
	cellCase('a village code of the wrong shape', 'events', 'village_code', '32.14.09.20O6', 'value'),
	cellCase('a program code with capitals', 'programs', 'code', 'Gempungan', 'value'),
	cellCase('a boolean that is not one', 'services', 'paid', 'maybe', 'type'),
	cellCase('an empty required cell', 'requests', 'agency_code', '', 'required'),
	cellCase('a whitespace-only required cell', 'agencies', 'name', '   ', 'required')
];

/** Keys, references and hierarchy. */
export const relations: CorpusCase[] = [
	{
		name: 'a duplicated program',
		make: (f) => (
			f.lines('programs', (l) => [...l, l[2]!]),
			fail('primary_key', 'programs', 6, 'code')
		)
	},
	{
		name: 'a duplicated request id',
		make: (f) =>
			fail(
				'primary_key',
				'requests',
				f.set('requests', 5, { request_id: f.get('requests', 2, 'request_id') }),
				'request_id'
			)
	},
	{
		name: 'a duplicated event and agency pair',
		make: (f) =>
			fail(
				'primary_key',
				'event_agencies',
				f.set('event_agencies', 2, { agency_code: f.get('event_agencies', 1, 'agency_code') }),
				'event_id'
			)
	},
	{
		name: 'a duplicated region',
		make: (f) => (
			f.lines('regions', (l) => [...l, l[5]!]),
			fail('primary_key', 'regions', f.rows('regions').length, 'code')
		)
	},
	cellCase('an event of an unknown program', 'events', 'program', 'unknown_program', 'foreign_key'),
	cellCase('a request to an unknown agency', 'requests', 'agency_code', 'XX-NOPE', 'foreign_key'),
	cellCase(
		'a request at an unknown event',
		'requests',
		'event_id',
		'NOPE-2024-001',
		'foreign_key',
		atEvent
	),
	cellCase(
		'a request for an unknown service',
		'requests',
		'service_code',
		'NOPE-SVC',
		'foreign_key',
		service
	),
	cellCase(
		'a request from a village not in regions',
		'requests',
		'citizen_village_code',
		'18.02.23.9999',
		'foreign_key'
	),
	cellCase('a request under an unknown program', 'requests', 'program', 'nope', 'foreign_key'),
	cellCase('attendance at an unknown event', 'event_agencies', 'event_id', 'NOPE-1', 'foreign_key'),
	cellCase(
		'attendance of an unknown agency',
		'event_agencies',
		'agency_code',
		'NOPE-AG',
		'foreign_key'
	),
	cellCase('a service of an unknown agency', 'services', 'agency_code', 'NOPE-AG', 'foreign_key'),
	cellCase(
		'aid at an unknown event',
		'aid_distributions',
		'event_id',
		'NOPE-1',
		'foreign_key',
		(r) => r.event_id !== ''
	),
	cellCase(
		'aid to a village not in regions',
		'aid_distributions',
		'village_code',
		'32.14.09.9999',
		'foreign_key'
	),
	cellCase(
		'a proposal for an unknown agency',
		'proposals',
		'agency_code',
		'NOPE-AG',
		'foreign_key'
	),
	cellCase(
		'a proposal from a village not in regions',
		'proposals',
		'village_code',
		'32.75.01.9999',
		'foreign_key'
	),
	{
		name: 'an event in a village missing from regions',
		make: (f) => {
			const line = f.set('events', 1, {
				village_code: `${f.get('events', 1, 'district_code')}.9999`
			});
			return fail('foreign_key', 'events', line, 'village_code');
		}
	},
	{
		name: 'a program in a regency missing from regions',
		make: (f) => {
			const regency = f.get('programs', 1, 'regency_code');
			f.write(
				'regions',
				f.rows('regions').filter((r) => !r[0]!.startsWith(regency))
			);
			return fail('foreign_key', 'programs', 2, 'regency_code');
		}
	},
	{
		name: 'a region whose parent is missing',
		make: (f) => {
			const rows = f.rows('regions');
			const d = rows.findIndex((r) => r[2] === 'district');
			const code = rows[d]![0]!;
			const kept = rows.filter((_, i) => i !== d);
			f.write('regions', kept);
			return fail(
				'foreign_key',
				'regions',
				kept.findIndex((r) => r[3] === code) + 1,
				'parent_code'
			);
		}
	},
	{
		name: 'agencies with a header only while others refer to them',
		make: (f) => (
			f.put('agencies', f.text('agencies').split('\n')[0] + '\n'),
			fail('empty_table', 'agencies')
		)
	},
	{
		name: 'a kecamatan outside its regency',
		make: (f) =>
			fail(
				'hierarchy',
				'events',
				f.set('events', 1, { district_code: '35.14.01' }),
				'district_code'
			)
	},
	{
		name: 'a village outside its kecamatan',
		make: (f) => {
			const d = f.get('events', 1, 'district_code');
			// A village of regions.csv, in another kecamatan of the same regency.
			const at = f.find(
				'regions',
				(r) =>
					r.level === 'village' && r.parent_code !== d && (r.code ?? '').startsWith(d.slice(0, 6))
			);
			return fail(
				'hierarchy',
				'events',
				f.set('events', 1, { village_code: f.get('regions', at, 'code') }),
				'village_code'
			);
		}
	},
	{
		name: 'a village code that is not in regions at all',
		make: (f) => {
			const d = f.get('events', 1, 'district_code');
			return fail(
				'foreign_key',
				'events',
				f.set('events', 1, { village_code: `${d}.9999` }),
				'village_code'
			);
		}
	},
	{
		name: 'an event outside its program\u2019s regency',
		make: (f) =>
			fail(
				'hierarchy',
				'events',
				f.set(
					'events',
					f.find('events', (r) => r.program === 'gempungan'),
					{ program: 'kenduren_mas' }
				),
				'regency_code'
			)
	},
	cellCase(
		'a region level that does not match its code',
		'regions',
		'level',
		'district',
		'hierarchy',
		(r) => r.level === 'village'
	),
	cellCase(
		'a region parent that is not one level up',
		'regions',
		'parent_code',
		'18',
		'hierarchy',
		(r) => r.level === 'district'
	)
];

/** Rules between cells of a row. */
export const rules: CorpusCase[] = [
	cellCase(
		'resolved before received',
		'requests',
		'resolved_at',
		'2020-01-01T00:00:00',
		'cross_field',
		resolved
	),
	cellCase(
		'resolved without a resolution time',
		'requests',
		'resolved_at',
		'',
		'cross_field',
		resolved
	),
	{
		name: 'forwarded with a resolution time is reported at resolved_at',
		make: (f) =>
			fail(
				'cross_field',
				'requests',
				f.set('requests', f.find('requests', resolved), { status: 'in_progress' }),
				'resolved_at'
			)
	},
	cellCase(
		'an event-channel request without its event',
		'requests',
		'event_id',
		'',
		'cross_field',
		atEvent
	),
	cellCase(
		'a hotline request with an event',
		'requests',
		'event_id',
		'GP-2024-001',
		'cross_field',
		(r) => r.channel === 'hotline'
	),
	cellCase(
		'visitors at a cancelled event',
		'events',
		'status',
		'cancelled',
		'cross_field',
		held,
		'visitors'
	),
	cellCase(
		'more recipients than the target',
		'aid_distributions',
		'recipients',
		'9999',
		'cross_field',
		withTarget
	),
	cellCase(
		'a proposal updated before it was submitted',
		'proposals',
		'updated_at',
		'2000-01-01',
		'cross_field'
	),
	cellCase(
		'staff of an absent agency',
		'event_agencies',
		'status',
		'absent',
		'cross_field',
		(r) => r.staff !== '' && r.staff !== '0',
		'staff'
	)
];

/** Personal values typed into free text. */
export const personal: CorpusCase[] = [
	cellCase('a NIK in a venue', 'events', 'venue', 'Rumah 3514010101800001', 'personal'),
	cellCase(
		'a phone number in a proposal title',
		'proposals',
		'title',
		'Hubungi 0812-3456-7890',
		'personal'
	),
	cellCase(
		'a +62 phone number in a description',
		'programs',
		'description',
		'Info: +62 812 3456 7890',
		'personal'
	),
	cellCase('a NIK in an agency name', 'agencies', 'name', 'Dinas 3514010101800001', 'personal')
];
