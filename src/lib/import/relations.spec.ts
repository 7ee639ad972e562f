import { describe, expect, it } from 'vitest';
import { openNative } from '../../../scripts/lib/native-db';
import { createTableSql } from '$lib/schema/ddl';
import { tables } from '$lib/schema/index';
import { loadFromStageSql, relationChecks, stageName } from './relations';

describe('checks between tables on DuckDB', () => {
	it('reports each duplicated key once, at its second line, with its first line and the count of such keys', async () => {
		// Stage rows of event_agencies (key: event_id / agency_code) in a shuffled line order:
		// one key three times, two keys twice, the rest once.
		const keys = ['E1/A', 'E1/B', 'E2/A', 'E1/A', 'E3/C', 'E2/A', 'E1/A', 'E4/D', 'E3/C', 'E5/E'];
		const rows = keys.map((k, i) => ({ k, line: 40 - 3 * i + (i === 6 ? 100 : 0) }));
		const db = await openNative();
		await db.exec(
			`CREATE TABLE ${stageName('event_agencies')} AS SELECT split_part(k, '/', 1) AS event_id, split_part(k, '/', 2) AS agency_code, line::BIGINT AS _line FROM (VALUES ${rows.map((r) => `('${r.k}', ${r.line})`).join(', ')}) v(k, line)`
		);
		const check = relationChecks(cap(keys)).find(
			(c) => c.kind === 'primary_key' && c.table === 'event_agencies'
		)!;
		const got = await db.query(check.sql);
		db.close();

		const byKey = new Map<string, number[]>();
		for (const r of rows) byKey.set(r.k, [...(byKey.get(r.k) ?? []), r.line]);
		const want = [...byKey]
			.filter(([, lines]) => lines.length > 1)
			.map(([k, lines]) => {
				const sorted = lines.sort((a, b) => a - b);
				return { _line: sorted[1], key: k.replace('/', ' / '), note: `line ${sorted[0]}` };
			})
			.sort((a, b) => a._line! - b._line!);
		expect(want.length).toBeGreaterThan(1);
		expect(got.map((r) => ({ _line: Number(r._line), key: r.key, note: r.note }))).toEqual(want);
		expect(got.every((r) => Number(r.total) === want.length)).toBe(true);
	});
});

describe('load from the stage tables', () => {
	it('gives every contract table its columns, types and rows, as the writer creates them', async () => {
		const db = await openNative();
		for (const t of tables) {
			const cols = Object.entries(t.columns);
			// A stage table as the Arrow staging makes it: contract types, nullable, then _line.
			await db.exec(
				`CREATE TABLE ${stageName(t.name)} AS SELECT ${cols.map(([n, c]) => `NULL::${c.sql} AS "${n}"`).join(', ')}, 7::INTEGER AS _line`
			);
			await db.exec(createTableSql(t, undefined, false).replace(`"${t.name}"`, `"want_${t.name}"`));
			await db.exec(createTableSql(t, undefined, false));
			await db.exec(loadFromStageSql(t));
			const shape = async (name: string) =>
				(await db.query(`DESCRIBE "${name}"`)).map((r) => [r.column_name, r.column_type]);
			expect(await shape(t.name), t.name).toEqual(await shape(`want_${t.name}`));
			expect((await db.query(`SELECT count(*)::INTEGER AS n FROM "${t.name}"`))[0]!.n).toBe(1);
		}
		expect(await db.query(`SELECT * FROM duckdb_tables() WHERE table_name LIKE 'stage_%'`)).toEqual(
			[]
		);
		db.close();
	});
});

/** A cap that keeps every row of a small fixture. */
const cap = (rows: unknown[]) => rows.length;
