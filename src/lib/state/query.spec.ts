import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openNative, type NativeDb } from '../../../scripts/lib/native-db.ts';
import type { Connector } from '$lib/db/duckdb';
import type { Sql } from '$lib/sql';
import { QueryGroup } from './query-group.svelte';
import { declaredWith, QueryState, syncQuery } from './query.svelte';

/**
 * Native DuckDB behind the browser's connector contract, with the answer of each query held
 * until the test releases it (to order answers), and an aborted query skipped before it runs.
 */
function gatedConnector(db: NativeDb) {
	const gates: (() => void)[] = [];
	const answered: Promise<void>[] = [];
	const ran: string[] = [];
	const conn: Connector = {
		async query(sql, params = [], opts = {}) {
			let answer = () => {};
			answered.push(new Promise<void>((r) => (answer = r)));
			try {
				await new Promise<void>((go) => gates.push(go));
				opts.signal?.throwIfAborted();
				ran.push(sql);
				return await db.query(sql, params);
			} finally {
				setTimeout(answer); // after the caller's handlers of this answer ran
			}
		},
		exec: (sql) => db.exec(sql)
	};
	/** Lets the `i`-th waiting query run and waits until its answer has been handled. */
	const release = async (i: number) => {
		gates[i]!();
		await answered[i];
	};
	return { conn, ran, release };
}

const q = (n: number): Sql => ({ sql: 'SELECT ? AS n', params: [n] });

describe('query client', () => {
	let db: NativeDb;
	beforeAll(async () => {
		db = await openNative();
	});
	afterAll(() => db.close());

	it('shapes an answer with the value its statement was declared for (pageQueryOf)', async () => {
		const { conn, release } = gatedConnector(db);
		let current = 1;
		const d = declaredWith(
			() => current,
			(n) => q(n * 10),
			(rows, n) => ({ n: Number(rows[0]!.n), of: n })
		);
		const query = new QueryState('t', { shape: d.shape });
		const first = query.run(conn, d.declare()!);
		current = 2;
		const second = query.run(conn, d.declare()!);
		current = 3; // read again only by a new declaration
		await release(1);
		expect(query.data).toEqual({ n: 20, of: 2 });
		await release(0);
		await Promise.all([first, second]);
		expect(query.data).toEqual({ n: 20, of: 2 });
	});

	it('drops the answer of an older run that finishes after a newer one, and aborts it', async () => {
		const { conn, ran, release } = gatedConnector(db);
		const query = new QueryState<number>('t', { shape: (rows) => Number(rows[0]!.n) });
		const first = query.run(conn, q(1));
		const second = query.run(conn, q(2));
		await release(1);
		expect(query.status).toBe('ok');
		expect(query.data).toBe(2);
		await release(0);
		await Promise.all([first, second]);
		// The first run was aborted before its turn: it never reached the database.
		expect(ran).toEqual(['SELECT ? AS n']);
		expect(query.data).toBe(2);
		expect(query.generation).toBe(1);
	});

	it('shows an error and runs the same statement again on retry', async () => {
		const query = new QueryState('t');
		const conn: Connector = { query: (sql, p) => db.query(sql, p), exec: (s) => db.exec(s) };
		await query.run(conn, { sql: 'SELECT * FROM missing_table', params: [] });
		expect(query.status).toBe('error');
		expect(query.error).toMatch(/missing_table/);
		await db.exec('CREATE TABLE missing_table AS SELECT 7 AS n');
		query.retry();
		await vi.waitFor(() => expect(query.status).toBe('ok'), { timeout: 10_000 });
		expect(query.data).toEqual([{ n: 7 }]);
		expect(query.error).toBeNull();
	});

	it('says empty when the shaped data counts as empty', async () => {
		const query = new QueryState('t', { empty: (rows) => rows.length === 0 });
		const conn: Connector = { query: (sql, p) => db.query(sql, p), exec: (s) => db.exec(s) };
		await query.run(conn, { sql: 'SELECT 1 AS n WHERE false', params: [] });
		expect(query.status).toBe('empty');
	});

	it('is idle when there is nothing to ask, and a running answer is then dropped', async () => {
		const { conn, release } = gatedConnector(db);
		const query = new QueryState('t');
		const run = query.run(conn, q(1));
		query.idle();
		await release(0);
		await run;
		expect(query.status).toBe('idle');
		expect(query.data).toBeNull();
	});

	it('follows its sources: waits for the engine, runs, goes idle on a null statement', async () => {
		const conn: Connector = { query: (sql, p) => db.query(sql, p), exec: (s) => db.exec(s) };
		const query = new QueryState<number>('t', { shape: (rows) => Number(rows[0]!.n) });
		syncQuery(query, null, q(1));
		expect(query.status).toBe('loading');
		syncQuery(query, conn, q(5));
		await new Promise((r) => setTimeout(r, 50));
		expect(query.data).toBe(5);
		syncQuery(query, conn, null);
		expect(query.status).toBe('idle');
		expect(query.data).toBeNull();
	});

	it('a group is ready when all are, in error if one fails, and retries only the failed one', async () => {
		const conn: Connector = { query: (sql, p) => db.query(sql, p), exec: (s) => db.exec(s) };
		const a = new QueryState('a');
		const b = new QueryState('b');
		const group = new QueryGroup({ a, b });
		expect(group.data).toBeNull();
		await a.run(conn, q(1));
		expect(group.status).toBe('idle');
		await b.run(conn, { sql: 'SELECT * FROM not_there', params: [] });
		expect(group.status).toBe('error');
		await db.exec('CREATE TABLE not_there AS SELECT 3 AS n');
		const generation = a.generation;
		group.retry();
		await new Promise((r) => setTimeout(r, 50));
		expect(group.status).toBe('ok');
		expect(group.data).toEqual({ a: [{ n: 1 }], b: [{ n: 3 }] });
		expect(a.generation).toBe(generation);
	});
});
