import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { generate, type GenerateResult } from './generate';

/** A query function over an attached demo database (tests only). */
export type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** Generates a small demo database into a fresh temp folder and opens it read-only as the default schema. */
export async function generateSmall(
	seed: number | string = 1,
	requests = 100_000
): Promise<{ result: GenerateResult; dir: string; query: Query; close: () => void }> {
	const dir = mkdtempSync(join(tmpdir(), 'jemput-bola-test-'));
	const result = await generate({
		requests,
		seed,
		out: join(dir, 'demo.duckdb'),
		samples: join(dir, 'samples'),
		quiet: true
	});
	const inst = await DuckDBInstance.create(':memory:');
	const con = await inst.connect();
	await con.run(`ATTACH '${result.out}' AS d (READ_ONLY)`);
	await con.run('USE d');
	const query: Query = async (sql) =>
		(await con.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
	return { result, dir, query, close: () => (con.closeSync(), inst.closeSync()) };
}
