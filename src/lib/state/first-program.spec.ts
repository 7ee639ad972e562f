import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NativeDb } from '../../../scripts/lib/native-db.ts';
import { openFixture } from '../../../tests/fixtures/query-fixture.ts';
import { programsQuery } from '../queries/options';
import { filtersSchema } from '../schema/filters';
import { evaluateRules, type ReportInput } from '../report/rules';
import {
	areaLackedBy,
	firstViewCarry,
	lackedBy,
	lacks,
	latestProgram,
	programsIn,
	withFirstView,
	type ProgramActivity
} from './first-program';

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
		// A link from a first view to a page that does not open on a program names the one shown.
		const shown = { program: 'bunga', regency: '18.02' };
		expect(firstViewCarry('/agencies/detail/', shown)).toEqual(shown);
		expect(firstViewCarry('/compare/', shown)).toEqual(shown);
		for (const route of ['/', '/map/', '/aid/', '/agencies/'])
			expect(firstViewCarry(route, shown)).toEqual({});
		const all = withFirstView(open('program=all'), '/', programs);
		expect([all.program, all.regency, all.defaulted]).toEqual([undefined, undefined, false]);
	});
});

describe('figures a program records nothing of do not apply', () => {
	const of = (code: string) => programs.find((p) => p.code === code);

	it('rice, milk and proposals do not apply to the program native DuckDB finds without them', () => {
		expect(
			['rice_t', 'milk_packages', 'proposals', 'visitors'].map((id) => lackedBy(id, of('bunga')))
		).toEqual(['has_aid', 'has_aid', 'has_proposals', undefined]);
		expect(lackedBy('proposals_per_1000', of('gempungan'))).toBe('has_proposals');
		expect(lackedBy('rice_t', of('gempungan'))).toBeUndefined();
		expect(lackedBy('proposals', of('kenduren_mas'))).toBeUndefined();
		// Every program shown: every figure applies.
		expect(lackedBy('proposals', undefined)).toBeUndefined();
		expect(lacks(undefined)).toEqual([]);
	});

	it("an area takes its regency's programs: proposals do not apply where none of them records any", () => {
		// Areas of several programs side by side (compare, every program): each by its own.
		expect(programsIn('18.02.06', programs).map((p) => p.code)).toEqual(['bunga']);
		expect(programsIn('18.02', programs).map((p) => p.code)).toEqual(['bunga']);
		// A code that only starts like the regency's is not in it.
		expect(programsIn('18.021', programs)).toEqual([]);
		expect(areaLackedBy('proposals_per_1000', '18.02.06', programs)).toBe('has_proposals');
		expect(areaLackedBy('rice_t', '18.02.06.2001', programs)).toBe('has_aid');
		expect(areaLackedBy('proposals_per_1000', '35.14.01', programs)).toBeUndefined();
		expect(areaLackedBy('proposals_per_1000', '32.14.01', programs)).toBe('has_proposals');
		expect(areaLackedBy('visitors_per_1000', '18.02.06', programs)).toBeUndefined();
		// A chosen program of another regency, or an area of no known program: nothing to say.
		expect(
			areaLackedBy('proposals_per_1000', '18.02.06', programs, 'kenduren_mas')
		).toBeUndefined();
		expect(areaLackedBy('proposals_per_1000', '99.99.01', programs)).toBeUndefined();
	});

	it('the report finds no "few proposals" in a program that records none (regression)', () => {
		const input: ReportInput = {
			agencies: [],
			attendance: new Map(),
			villagesNotReached: 0,
			villagesInScope: 1,
			proposals: 0,
			eventsHeld: 97
		};
		const rules = (p?: ProgramActivity) =>
			evaluateRules({ ...input, lacks: lacks(p) }).map((f) => f.rule);
		expect(rules(of('bunga'))).toEqual([]);
		expect(rules(of('kenduren_mas'))).toEqual(['low_proposals']);
		expect(rules()).toEqual(['low_proposals']);
	});
});
