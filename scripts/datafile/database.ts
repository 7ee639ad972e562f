import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createTableSql, loadCsvSql } from '../../src/lib/schema/ddl';
import { tables } from '../../src/lib/schema/index';
import { summaryTables } from '../../src/lib/queries/summaries';
import { sqlLiteral as sqlString } from '../../src/lib/sql';
import { dataFormat } from './data-format';
import { writeSamples } from './samples';

/** Default data file, relative to the repository root (the site serves it from static/). */
export const DEFAULT_OUT = 'static/data/jemput-bola.duckdb';

/**
 * Storage format of the written file. The browser reads it with duckdb-wasm 1.32.0, whose engine
 * is DuckDB v1.4.3 and reads storage versions up to v1.4 (files written as v1.5 fail with "can
 * only read versions between 64 and 67"). v1.2.0 opens in every DuckDB from 1.2 on and keeps the
 * newer compression; v1.3/v1.4 made the file no smaller in our measurements.
 */
export const STORAGE_VERSION = 'v1.2.0';

/** The temporary file `writeDatabase` writes next to `out` before renaming it (and its WAL). */
export function tmpFilesOf(out: string): string[] {
	const tmp = `${out}.tmp-${process.pid}`;
	return [tmp, `${tmp}.wal`];
}

/** Loads one CSV file into a contract table with the contract's column types (no sniffing). */
async function load(con: DuckDBConnection, table: string, csv: string): Promise<void> {
	const t = tables.find((x) => x.name === table);
	if (!t) throw new Error(`not a contract table: ${table}`);
	await con.run(loadCsvSql(t, csv, 'out'));
}

/** What the database writer needs: a CSV file per contract table and the meta key/values. */
export interface DatabaseInput {
	csv: Record<string, string>;
	meta: Record<string, string>;
	samplesDir?: string;
}

/**
 * Writes the DuckDB file atomically: a temporary file next to `out`, checkpointed, detached and
 * renamed over `out`. Optionally writes the first 100 rows of each table as CSV samples.
 */
export async function writeDatabase(
	out: string,
	input: DatabaseInput
): Promise<Record<string, number>> {
	mkdirSync(dirname(out), { recursive: true });
	const [tmp, wal] = tmpFilesOf(out) as [string, string];
	for (const f of [tmp, wal]) rmSync(f, { force: true });
	const inst = await DuckDBInstance.create(':memory:');
	const con = await inst.connect();
	const counts: Record<string, number> = {};
	try {
		await con.run(
			`ATTACH ${sqlString(tmp)} AS out (STORAGE_VERSION ${sqlString(STORAGE_VERSION)})`
		);
		for (const t of tables) {
			await con.run(createTableSql(t, 'out'));
			const csv = input.csv[t.name];
			if (!csv) throw new Error(`no rows generated for ${t.name}`);
			await load(con, t.name, csv);
		}
		// Derived tables the pages aggregate instead of the raw requests (src/lib/queries/summaries.ts).
		await con.run('USE out');
		for (const t of summaryTables) await con.run(t.sql);
		await con.run('USE memory');
		await con.run('CREATE TABLE out.meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)');
		for (const [k, v] of Object.entries({ ...input.meta, format: dataFormat() }))
			await con.run('INSERT INTO out.meta VALUES ($1, $2)', [k, v]);
		for (const t of [...tables.map((x) => x.name), 'meta']) {
			const r = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM out."${t}"`);
			counts[t] = Number(r.getRowObjects()[0]!.n);
		}
		if (input.samplesDir) await writeSamples(con, input.samplesDir);
		await con.run('CHECKPOINT out');
		await con.run('DETACH out');
	} catch (e) {
		con.closeSync();
		inst.closeSync();
		// Nothing of a failed write stays next to the data file (the build would publish it).
		for (const f of [tmp, wal]) rmSync(f, { force: true });
		throw e;
	}
	con.closeSync();
	inst.closeSync();
	if (existsSync(wal)) {
		for (const f of [tmp, wal]) rmSync(f, { force: true });
		throw new Error(`unexpected WAL file next to ${tmp}`);
	}
	renameSync(tmp, out);
	return counts;
}
