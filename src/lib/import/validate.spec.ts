import { describe, expect, it } from 'vitest';
import { events } from '$lib/schema/events';
import { requests } from '$lib/schema/requests';
import { describeProblem } from './problems';
import { checkText } from './validate';

const header =
	'event_id,program,regency_code,district_code,village_code,venue,date,status,visitors';
const place = (r: Awaited<ReturnType<typeof checkText>>) =>
	r.problems.map((p) => [p.kind, p.line, p.column, p.field]);

describe('checking one CSV file', () => {
	it('reads valid rows with typed values', async () => {
		const r = await checkText(
			events,
			`${header}\nE1,kenduren_mas,35.14,35.14.01,35.14.01.2001,"Balai Desa, Martopuro",2025-02-20,held,412\n`
		);
		expect(r.problems).toEqual([]);
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

	it('names the physical line and column of a bad value, also after a quoted line break', async () => {
		const r = await checkText(
			events,
			`${header}\nE1,kenduren_mas,35.14,35.14.01,35.14.01.2001,"Balai\nDesa",2025-02-20,held,412\nE2,kenduren_mas,35.14,35.14.01,35.14.01.2001,,2025-02-31,done,0x1F\n`
		);
		expect(r.rows).toEqual([]);
		expect(place(r)).toEqual([
			['type', 4, 7, 'date'],
			['value', 4, 8, 'status'],
			['type', 4, 9, 'visitors']
		]);
		expect(describeProblem(r.problems[0]!)).toMatch(
			/^events\.csv line 4, column 7 \(date\): .*2025-02-31/
		);
	});

	it('drops personal columns at the door and says which', async () => {
		const csv =
			'request_id,NIK,Nama Lengkap,No. HP,alamat,Tanggal Lahir,nik_ktp,program,event_id,channel,kind,agency_code,service_code,citizen_village_code,received_at,status,resolved_at,delivery,satisfaction\n' +
			'R1,3514010101800001,Sumarti,08123,Jl. Raya 1,1980-01-01,3514010101800001,kenduren_mas,E1,event,service,DISDUK,KTP_EL,35.14.01.2001,2025-02-20T09:14:00,resolved_on_site,2025-02-20T09:40:00,on_site,5\n';
		const r = await checkText(requests, csv);
		expect(r.problems).toEqual([]);
		expect(r.report.droppedPersonal).toEqual([
			'NIK',
			'Nama Lengkap',
			'No. HP',
			'alamat',
			'Tanggal Lahir',
			'nik_ktp'
		]);
		expect(JSON.stringify(r.rows)).not.toMatch(/3514010101800001|Sumarti|08123|Raya/);
	});

	it('reports a missing required column, a duplicated column and a ragged row', async () => {
		const missing = await checkText(events, 'event_id,program\nE1,x\n');
		expect(missing.problems[0]?.message).toMatch(/required column "regency_code"/);
		const twice = await checkText(events, `${header},date\n`);
		expect(place(twice)).toEqual([['header', 1, 10, 'date']]);
		const ragged = await checkText(events, `${header}\nE1,kenduren_mas\n`);
		expect(place(ragged)).toEqual([['csv', 2, undefined, undefined]]);
	});

	it('reads semicolon-separated Windows-1252 files from Indonesian Excel; empty stays empty', async () => {
		const text = `${header.replaceAll(',', ';')}\nE1;kenduren_mas;35.14;35.14.01;35.14.01.2001;Caf\xe9;2025-02-20;held;\n`;
		const r = await checkText(
			events,
			Uint8Array.from(text, (c) => c.charCodeAt(0))
		);
		expect(r.problems).toEqual([]);
		expect(r.report).toMatchObject({ encoding: 'Windows-1252', delimiter: 'semicolon' });
		expect(r.rows[0]).toMatchObject({ venue: 'Café', visitors: null });
	});
});
