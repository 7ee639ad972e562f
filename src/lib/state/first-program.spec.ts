import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db.ts';
import { openFixture } from '../../../tests/fixtures/query-fixture.ts';
import { programsQuery } from '../queries/options';
import { filtersSchema } from '../schema/filters';
import { latestProgram, withFirstView, type ProgramActivity } from './first-program';

let db: NativeDb;
let programs: ProgramActivity[];
beforeAll(async () => {
	db = await openFixture();
	// A third program held its last event after the others, and distributes no aid and records
	// no proposals; its cancelled event later still is no activity.
	await db.exec(`INSERT INTO programs VALUES ('bunga', 'Bunga', '18.02', NULL);
INSERT INTO events VALUES
 ('B1', 'bunga', '18.02', '18.02.01', '18.02.01.2001', NULL, '2025-03-01', 'held', 10),
 ('B2', 'bunga', '18.02', '18.02.01', '18.02.01.2001', NULL, '2025-04-01', 'cancelled', NULL);`);
	const q = programsQuery();
	programs = (await db.query(q.sql, q.params)) as unknown as ProgramActivity[];
});
afterAll(() => db.close());
const open = (search = '') => filtersSchema.parse(Object.fromEntries(new URLSearchParams(search)));

describe('the first view opens on the program with the latest activity', () => {
	it('reads each program’s last held event and what its data holds from native DuckDB', () => {
		expect(programs.map((p) => [p.code, p.last_day, p.has_aid, p.has_proposals])).toEqual([
			['bunga', '2025-03-01', false, false],
			['gempungan', '2025-01-10', true, false],
			['kenduren_mas', '2025-02-01', true, true]
		]);
	});

	it('picks the latest program, or the latest that holds what the page shows', () => {
		expect(latestProgram(programs)?.code).toBe('bunga');
		expect(latestProgram(programs, 'has_aid')?.code).toBe('kenduren_mas');
		const tie = programs.map((p) => ({ ...p, last_day: '2025-01-01' }));
		expect(latestProgram(tie)?.code).toBe('bunga');
		expect(latestProgram(programs.map((p) => ({ ...p, last_day: null })))).toBeUndefined();
	});

	it('applies only to an open URL of an analyst page; `program=all` means every program', () => {
		expect(withFirstView(open(), '/', programs)).toMatchObject({
			program: 'bunga',
			regency: '18.02',
			defaulted: true
		});
		expect(withFirstView(open(), '/aid', programs)).toMatchObject({
			program: 'kenduren_mas',
			regency: '35.14'
		});
		expect(withFirstView(open('from=2025-01-01'), '/map', programs).defaulted).toBe(true);
		for (const [search, route] of [
			['regency=35.14', '/'],
			['agency=A', '/map'],
			['program=gempungan', '/'],
			['', '/compare'],
			['', '/agencies/detail']
		])
			expect(withFirstView(open(search), route!, programs).defaulted).toBe(false);
		const all = withFirstView(open('program=all'), '/', programs);
		expect([all.program, all.regency, all.defaulted]).toEqual([undefined, undefined, false]);
	});
});
