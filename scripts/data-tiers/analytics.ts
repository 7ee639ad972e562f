import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { dataManifestSchema, type DataManifest } from '../../src/lib/schema/data-manifest';
import { ANALYTICS_TABLES_EXCLUDED } from '../../src/lib/queries/data-tiers';
import { STORAGE_VERSION } from '../datafile/database';

const q = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Size and modification time of the full file: the analytics file is rebuilt when they change. */
function sourceStamp(full: string): string {
	const s = statSync(full);
	return `${s.size}:${Math.round(s.mtimeMs)}`;
}

/** The manifest in `dir`, when it exists and was written from this very file. */
export function currentManifest(full: string, dir = dirname(full)): DataManifest | null {
	const file = join(dir, 'manifest.json');
	if (!existsSync(file)) return null;
	const parsed = dataManifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
	if (!parsed.success || parsed.data.source !== sourceStamp(full)) return null;
	return existsSync(join(dir, parsed.data.analytics.file)) ? parsed.data : null;
}

/**
 * Writes the compact analytics file the dashboard downloads: every table of the full file but
 * the raw record-level ones, in the storage version duckdb-wasm reads, gzipped under a name that
 * carries its content fingerprint, plus `manifest.json` naming it. Old fingerprinted files go.
 */
export async function writeAnalytics(full: string, dir = dirname(full)): Promise<DataManifest> {
	mkdirSync(dir, { recursive: true });
	const tmp = join(dir, `analytics.tmp-${process.pid}.duckdb`);
	for (const f of [tmp, `${tmp}.wal`]) rmSync(f, { force: true });
	const inst = await DuckDBInstance.create(':memory:');
	const con = await inst.connect();
	try {
		await con.run(`ATTACH ${q(full)} AS src (READ_ONLY)`);
		await con.run(`ATTACH ${q(tmp)} AS out (STORAGE_VERSION ${q(STORAGE_VERSION)})`);
		const list = await con.runAndReadAll(
			`SELECT table_name FROM duckdb_tables() WHERE database_name = 'src' ORDER BY table_name`
		);
		for (const r of list.getRowObjects()) {
			const t = String(r.table_name);
			if (ANALYTICS_TABLES_EXCLUDED.includes(t)) continue;
			await con.run(`CREATE TABLE out."${t}" AS SELECT * FROM src."${t}"`);
		}
		await con.run('CHECKPOINT out');
		await con.run('DETACH out');
	} finally {
		con.closeSync();
		inst.closeSync();
	}
	const raw = readFileSync(tmp);
	rmSync(tmp, { force: true });
	const gz = gzipSync(raw, { level: 9 });
	const hash = createHash('sha256').update(gz).digest('hex').slice(0, 12);
	const file = `analytics.${hash}.duckdb.gz`;
	for (const f of readdirSync(dir))
		if (/^analytics\.[0-9a-f]+\.duckdb\.gz$/.test(f) && f !== file) rmSync(join(dir, f));
	writeFileSync(join(dir, `${file}.tmp`), gz);
	renameSync(join(dir, `${file}.tmp`), join(dir, file));
	const manifest: DataManifest = {
		source: sourceStamp(full),
		full: basename(full),
		analytics: { file, bytes: gz.byteLength, rawBytes: raw.byteLength, hash }
	};
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	return manifest;
}

/** Writes the analytics file into `dir` unless the one there was made from this full file. */
export async function ensureAnalytics(full: string, dir = dirname(full)): Promise<DataManifest> {
	return currentManifest(full, dir) ?? (await writeAnalytics(full, dir));
}
