import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNative, type NativeDb } from '../../../scripts/lib/native-db.ts';
import { sqlLiteral } from '$lib/sql';
import { inlineParams } from './inline';

describe('inlining parameters', () => {
	let db: NativeDb;
	beforeAll(async () => {
		db = await openNative();
	});
	afterAll(() => db.close());

	it('quotes strings so that no value can end the literal', async () => {
		const evil = `x'); DROP TABLE t; --`;
		const sql = inlineParams('SELECT ? AS v, ? AS n, ? AS b, ? AS z', [evil, 2.5, true, null]);
		expect(await db.query(sql)).toEqual([{ v: evil, n: 2.5, b: true, z: null }]);
		expect(sqlLiteral("Ta'ali")).toBe("'Ta''ali'");
	});

	it('leaves question marks in strings, identifiers and comments alone', () => {
		expect(inlineParams(`SELECT '?' AS "a?b", ? -- why?\n/* ? */, ?`, ['x', 1])).toBe(
			`SELECT '?' AS "a?b", 'x' -- why?\n/* ? */, 1`
		);
		expect(inlineParams(`SELECT 'it''s ?', ?`, [3])).toBe(`SELECT 'it''s ?', 3`);
	});

	it('refuses a wrong number of values and non-finite numbers', () => {
		expect(() => inlineParams('SELECT ?, ?', [1])).toThrow(/more placeholders/);
		expect(() => inlineParams('SELECT ?', [1, 2])).toThrow(/1 placeholders for 2 values/);
		expect(() => inlineParams('SELECT ?', [Number.NaN])).toThrow(/finite/);
	});

	it('gives the same result as real parameters on native DuckDB', async () => {
		const sql = `SELECT starts_with(?, ?) AS s, CAST(? AS DATE) + 1 AS d`;
		const params = ['35.14.01.2001', '35.14.', '2025-02-28'];
		expect(await db.query(inlineParams(sql, params))).toEqual(await db.query(sql, params));
	});
});
