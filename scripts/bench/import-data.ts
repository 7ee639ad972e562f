import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tables } from '../../src/lib/schema/index.ts';
import { openNative } from '../lib/native-db.ts';
import { BENCH_DIR } from './data.ts';

const DATA = 'static/data/jemput-bola.duckdb';
const DIR = join(BENCH_DIR, 'import');

/**
 * The demo data (`static/data/jemput-bola.duckdb`, 1M requests) as one CSV per contract table,
 * as a user's export would be; written once per data file into `.bench/import/`.
 */
export async function importCsvs(): Promise<string[]> {
	const files = tables.map((t) => join(DIR, `${t.name}.csv`));
	const stamp = statSync(DATA).mtimeMs;
	if (files.every((f) => existsSync(f) && statSync(f).mtimeMs > stamp)) return files;
	mkdirSync(DIR, { recursive: true });
	const db = await openNative(DATA);
	try {
		for (const t of tables)
			await db.exec(
				`COPY (SELECT ${Object.keys(t.columns)
					.map((c) => `"${c}"`)
					.join(
						', '
					)} FROM "${t.name}") TO '${join(DIR, `${t.name}.csv`)}' (HEADER, DELIMITER ',', TIMESTAMPFORMAT '%Y-%m-%dT%H:%M:%S', DATEFORMAT '%Y-%m-%d')`
			);
	} finally {
		db.close();
	}
	return files;
}

/** requests.csv ten times over with distinct ids (10M rows), written once. */
export async function tenfoldRequests(requests: string): Promise<string> {
	const out = join(BENCH_DIR, 'import-10m', 'requests.csv');
	if (existsSync(out) && statSync(out).mtimeMs > statSync(requests).mtimeMs) return out;
	mkdirSync(join(BENCH_DIR, 'import-10m'), { recursive: true });
	const db = await openNative();
	try {
		await db.exec(
			`COPY (SELECT * REPLACE (request_id || '-' || i AS request_id) FROM read_csv('${requests}', all_varchar = true), range(10) t(i)) TO '${out}' (HEADER, DELIMITER ',')`
		);
	} finally {
		db.close();
	}
	return out;
}
