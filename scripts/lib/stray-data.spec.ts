import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strayDataFiles } from './stray-data';

describe('files the build refuses to publish from static/data', () => {
	it('names temporary, lock and non-data files, and passes data files', () => {
		const dir = mkdtempSync(join(tmpdir(), 'jb-stray-'));
		try {
			mkdirSync(join(dir, 'boundaries'));
			for (const f of [
				'jemput-bola.duckdb',
				'analytics.17a3d5733923.duckdb.gz',
				'manifest.json',
				'boundaries/35.14.json',
				'jemput-bola.duckdb.tmp-123.wal',
				'jemput-bola.duckdb.tmp-123',
				'jemput-bola.duckdb.lock',
				'requests.csv',
				'boundaries/.35.14.json.swp'
			])
				writeFileSync(join(dir, f), '');
			expect(strayDataFiles(dir)).toEqual([
				'boundaries/.35.14.json.swp',
				'jemput-bola.duckdb.lock',
				'jemput-bola.duckdb.tmp-123',
				'jemput-bola.duckdb.tmp-123.wal',
				'requests.csv'
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
