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
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { dataManifestSchema, type DataManifest } from '../../src/lib/schema/data-manifest';
import { ANALYTICS_TABLES_EXCLUDED, inFirstTier } from '../../src/lib/queries/data-tiers';
import { STORAGE_VERSION } from '../datafile/database';
import { zstd } from '../build/zstd';

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
	return existsSync(join(dir, parsed.data.analytics.file)) &&
		existsSync(join(dir, parsed.data.more.file))
		? parsed.data
		: null;
}

/** Writes the tables `pick` accepts from the attached `src` into a new file `out`; returns its bytes. */
async function writeTier(
	con: DuckDBConnection,
	names: string[],
	out: string,
	pick: (t: string) => boolean
): Promise<Buffer> {
	for (const f of [out, `${out}.wal`]) rmSync(f, { force: true });
	await con.run(`ATTACH ${q(out)} AS out (STORAGE_VERSION ${q(STORAGE_VERSION)})`);
	try {
		for (const t of names.filter(pick))
			await con.run(`CREATE TABLE out."${t}" AS SELECT * FROM src."${t}"`);
		await con.run('CHECKPOINT out');
	} finally {
		await con.run('DETACH out');
	}
	const raw = readFileSync(out);
	rmSync(out, { force: true });
	return raw;
}

/** `<dir>/<file>` written whole under a temporary name first, so a reader never sees half of it. */
function writeWhole(dir: string, file: string, bytes: Uint8Array): void {
	writeFileSync(join(dir, `${file}.tmp`), bytes);
	renameSync(join(dir, `${file}.tmp`), join(dir, file));
}

const tierFiles = /^analytics(-more)?\.[0-9a-f]+\.duckdb\.(gz|zst)$/;

/**
 * Writes the compact analytics files the dashboard downloads: every table of the full file but
 * the raw record-level ones, in the storage version duckdb-wasm reads, split in two tiers
 * (`FIRST_TIER_TABLES`, then the rest), compressed with zstd under names that carry the fingerprint of both,
 * plus `manifest.json` naming them. Old fingerprinted files go.
 */
export async function writeAnalytics(full: string, dir = dirname(full)): Promise<DataManifest> {
	mkdirSync(dir, { recursive: true });
	const tmp = join(dir, `analytics.tmp-${process.pid}.duckdb`);
	const inst = await DuckDBInstance.create(':memory:');
	const con = await inst.connect();
	let first: Buffer;
	let more: Buffer;
	try {
		await con.run(`ATTACH ${q(full)} AS src (READ_ONLY)`);
		const list = await con.runAndReadAll(
			`SELECT table_name FROM duckdb_tables() WHERE database_name = 'src' ORDER BY table_name`
		);
		const names = list
			.getRowObjects()
			.map((r) => String(r.table_name))
			.filter((t) => !ANALYTICS_TABLES_EXCLUDED.includes(t));
		first = await writeTier(con, names, tmp, inFirstTier);
		more = await writeTier(con, names, tmp, (t) => t === 'meta' || !inFirstTier(t));
	} finally {
		con.closeSync();
		inst.closeSync();
	}
	const zFirst = await zstd(first);
	const zMore = await zstd(more);
	const hash = createHash('sha256').update(zFirst).update(zMore).digest('hex').slice(0, 12);
	const file = `analytics.${hash}.duckdb.zst`;
	const moreFile = `analytics-more.${hash}.duckdb.zst`;
	for (const f of readdirSync(dir))
		if (tierFiles.test(f) && f !== file && f !== moreFile) rmSync(join(dir, f));
	writeWhole(dir, moreFile, zMore);
	writeWhole(dir, file, zFirst);
	const manifest: DataManifest = {
		source: sourceStamp(full),
		full: basename(full),
		analytics: { file, bytes: zFirst.byteLength, rawBytes: first.byteLength, hash },
		more: { file: moreFile, bytes: zMore.byteLength, rawBytes: more.byteLength }
	};
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	return manifest;
}

/** Writes the analytics file into `dir` unless the one there was made from this full file. */
export async function ensureAnalytics(full: string, dir = dirname(full)): Promise<DataManifest> {
	return currentManifest(full, dir) ?? (await writeAnalytics(full, dir));
}
