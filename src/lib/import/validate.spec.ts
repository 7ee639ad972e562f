import { describe, expect, it } from 'vitest';
import { events } from '$lib/schema/events';
import { requests } from '$lib/schema/requests';
import { describeIssue, importCsv } from './validate';

const header =
	'event_id,program,regency_code,district_code,village_code,venue,date,status,visitors';

describe('CSV import', () => {
	it('reads valid rows with typed values', () => {
		const r = importCsv(
			events,
			`${header}\nE1,kenduren_mas,35.14,35.14.01,35.14.01.2001,"Balai Desa, Martopuro",2025-02-20,held,412\n`
		);
		expect(r.issues).toEqual([]);
		expect(r.rows).toEqual([
			{
				event_id: 'E1',
				program: 'kenduren_mas',
				regency_code: '35.14',
				district_code: '35.14.01',
				village_code: '35.14.01.2001',
				venue: 'Balai Desa, Martopuro',
				date: '2025-02-20',
				status: 'held',
				visitors: 412
			}
		]);
	});

	it('names the line and column of a bad value and returns no rows', () => {
		const r = importCsv(
			events,
			`${header}\nE1,kenduren_mas,35.14,35.14.01,35.14.01.2001,,2025-02-20,held,412\nE2,kenduren_mas,35.14,35.14.01,35.14.01.2001,,2025-02-31,done,x\n`
		);
		expect(r.rows).toEqual([]);
		expect(r.issues.map((i) => [i.line, i.column, i.field])).toEqual([
			[3, 7, 'date'],
			[3, 8, 'status'],
			[3, 9, 'visitors']
		]);
		expect(describeIssue('events.csv', r.issues[0]!)).toMatch(
			/^events\.csv line 3, column 7 \(date\): .*2025-02-31/
		);
	});

	it('drops personal columns at the door and says which', () => {
		const csv =
			'request_id,NIK,nama_pemohon,no_hp,alamat,program,event_id,channel,kind,agency_code,service_code,citizen_village_code,received_at,status,resolved_at,delivery,satisfaction\n' +
			'R1,3514010101800001,Sumarti,08123,Jl. Raya 1,kenduren_mas,E1,event,service,DISDUK,KTP_EL,35.14.01.2001,2025-02-20T09:14:00,resolved_on_site,2025-02-20T09:40:00,on_site,5\n';
		const r = importCsv(requests, csv);
		expect(r.issues).toEqual([]);
		expect(r.droppedPersonal).toEqual(['NIK', 'nama_pemohon', 'no_hp', 'alamat']);
		expect(JSON.stringify(r.rows)).not.toMatch(/3514010101800001|Sumarti|08123|Raya/);
	});

	it('reports a missing required column and a ragged row', () => {
		expect(importCsv(events, 'event_id,program\nE1,x\n').issues[0]?.message).toMatch(
			/required column "regency_code"/
		);
		const ragged = importCsv(events, `${header}\nE1,kenduren_mas\n`);
		expect(ragged.issues[0]).toMatchObject({ line: 2 });
	});

	it('reads semicolon-separated files from Indonesian Excel', () => {
		const r = importCsv(
			events,
			`${header.replaceAll(',', ';')}\nE1;kenduren_mas;35.14;35.14.01;35.14.01.2001;;2025-02-20;held;\n`
		);
		expect(r.issues).toEqual([]);
		expect(r.rows[0]).toMatchObject({ venue: null, visitors: null });
	});
});
