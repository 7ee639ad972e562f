import * as arrow from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { readTableFile } from '../file-reader';
import { ProblemLog } from '../problems';
import { tableByName } from '$lib/schema/index';
import type { Table } from '$lib/schema/define';
import { civilFromDays, ColumnBuilder, daysFromCivil, timestampText } from './arrow-columns';
import { BATCH_ROWS, StagedRows } from './staged';
import { CsvRows, csvFromArrow } from './staged-csv';

/** Reads `bytes` as a file of `table` with the importer's checks; stages its rows both ways. */
async function stageBoth(name: string, bytes: Uint8Array) {
	const table = tableByName(name) as Table;
	const arrowRows = new StagedRows(table);
	const csv = new CsvRows(table);
	const log = new ProblemLog(100, 100);
	const lines: number[] = [];
	await readTableFile(
		table,
		`${name}.csv`,
		(async function* () {
			yield bytes;
		})(),
		log,
		(values, line) => {
			arrowRows.add(values, line);
			csv.add(values);
			lines.push(line);
		}
	);
	expect(log.kept).toEqual([]);
	return { table, parts: arrowRows.finish().parts, csv: csv.finish(), lines };
}

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('Arrow staging', () => {
	it('gives the CSV staging back byte for byte: every column type, NULLs, quotes, line breaks', async () => {
		const proposals = [
			'proposal_id,program,source,event_id,village_code,rt,rw,plan_year,category,title,estimated_cost,submitted_at,stage,answered,agency_code,updated_at',
			'P-1,musrenbang,musrenbang,,32.75.05.1002,004,002,2026,infrastruktur,"Saluran ""air"", RW 02",150000000.5,2025-01-22,kecamatan,true,DPUPR,2025-04-10',
			'P-2,musrenbang,musrenbang,,32.75.05.1002,,,2026,infrastruktur,"Jalan',
			'desa",,1969-12-31,kecamatan,Tidak,,1969-12-31',
			'P-3,musrenbang,musrenbang,,32.75.05.1002,1,2,2026,infrastruktur,Jembatan,"1.234,5",2025-02-28,kecamatan,ya,,2025-03-01'
		].join('\n');
		const requests = [
			'request_id,program,event_id,channel,kind,agency_code,service_code,citizen_village_code,received_at,status,resolved_at,delivery,satisfaction',
			'R-1,kenduren_mas,KM-2025-014,event,service,DISPENDUKCAPIL,KTP_EL,35.14.01.2003,2025-02-20T09:14:00,resolved_on_site,2025-02-20 09:40,on_site,4',
			'R-2,kenduren_mas,,hotline,complaint,DPUPR,,35.14.01.2003,1960-02-29T23:59:59,unanswered,,,'
		].join('\r\n');
		for (const [name, csv] of [
			['proposals', proposals],
			['requests', requests]
		] as const) {
			const r = await stageBoth(name, new TextEncoder().encode(csv));
			expect(text(csvFromArrow(r.table, r.parts))).toBe(text(r.csv));
			const t = arrow.tableFromIPC(r.parts[0]!);
			expect(t.schema.fields.map((f) => f.name)).toEqual([
				...Object.keys(r.table.columns),
				'_line'
			]);
			expect([...t.getChild('_line')!].map(Number)).toEqual(r.lines);
		}
	});

	it('keeps Windows-1252 text as its characters (UTF-8 in Arrow)', async () => {
		const csv =
			'code,name,agency_code,category,paid\nK1,Pengesahan akta café – Rp,DISDUK,adminduk,0\n';
		const bytes = Uint8Array.from(csv, (c) =>
			c === 'é' ? 0xe9 : c === '–' ? 0x96 : c.charCodeAt(0)
		);
		const r = await stageBoth('services', bytes);
		expect(text(csvFromArrow(r.table, r.parts))).toBe(text(r.csv));
		const t = arrow.tableFromIPC(r.parts[0]!);
		expect(t.getChild('name')!.get(0)).toBe('Pengesahan akta café – Rp');
		expect(t.getChild('paid')!.get(0)).toBe(false);
	});

	it('hands each full batch on at once (one IPC stream each), one empty batch for no rows', () => {
		const table = tableByName('programs') as Table;
		const empty = new StagedRows(table).finish();
		expect(arrow.tableFromIPC(empty.parts[0]!).numRows).toBe(0);
		expect(text(csvFromArrow(table, empty.parts))).toBe('code,name,regency_code,description\n');
		const handed: Uint8Array[] = [];
		const many = new StagedRows(table, (ipc) => handed.push(ipc));
		for (let i = 0; i < BATCH_ROWS + 3; i++) {
			many.add([`p${i}`, 'P', '35.14', i % 2 ? null : 'd'], i + 2);
			// The first batch leaves as soon as it is full, before the rest is read.
			expect(handed.length).toBe(i < BATCH_ROWS - 1 ? 0 : 1);
		}
		expect(many.finish().parts).toEqual([]);
		expect(handed.map((p) => arrow.tableFromIPC(p).numRows)).toEqual([BATCH_ROWS, 3]);
		const t = new arrow.Table(handed.flatMap((p) => arrow.tableFromIPC(p).batches));
		expect(t.getChild('code')!.get(BATCH_ROWS + 2)).toBe(`p${BATCH_ROWS + 2}`);
		expect(t.getChild('description')!.get(BATCH_ROWS + 1)).toBeNull();
		expect(t.getChild('description')!.get(BATCH_ROWS + 2)).toBe('d');
	});

	it('turns days and timestamps into Arrow values and back, far from 1970 too', () => {
		for (const day of [
			'0001-01-01',
			'1900-02-28',
			'1969-12-31',
			'2000-02-29',
			'2024-12-31',
			'9999-12-31'
		]) {
			const n = daysFromCivil(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8));
			expect(n).toBe(Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000));
			expect(civilFromDays(n)).toBe(day);
		}
		expect(timestampText(Date.parse('1950-06-30T23:59:58Z') / 1000)).toBe('1950-06-30T23:59:58');
		const b = new ColumnBuilder('TIMESTAMP', 2);
		b.set(0, '9999-12-31T23:59:59');
		b.set(1, '1901-01-01T00:00:01');
		const values = b.data(2).values as BigInt64Array;
		expect(values[0]).toBe(BigInt(Date.parse('9999-12-31T23:59:59Z')) * 1000n);
		expect(values[1]).toBe(BigInt(Date.parse('1901-01-01T00:00:01Z')) * 1000n);
		const big = new ColumnBuilder('BIGINT', 3);
		[2 ** 53 - 1, -(2 ** 40) - 7, null].forEach((v, i) => big.set(i, v));
		expect([...(big.data(3).values as BigInt64Array)].slice(0, 2)).toEqual([
			BigInt(2 ** 53 - 1),
			BigInt(-(2 ** 40) - 7)
		]);
		expect(big.data(3).nullCount).toBe(1);
	});
});
