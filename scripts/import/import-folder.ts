import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Table } from '../../src/lib/schema/define';
import { requiredTables, tables } from '../../src/lib/schema/index';
import { describeIssue, importCsv } from '../../src/lib/import/validate';
import { CsvWriter, type Cell } from '../datafile/csv';
import { writeDatabase } from '../datafile/database';
import { regionsOf } from './area-regions';

export { requiredTables } from '../../src/lib/schema/index';

/** What an import did, file by file. */
export interface ImportReport {
	out: string;
	counts: Record<string, number>;
	notes: string[];
}

/** An import that found problems; nothing was written. */
export class ImportFailed extends Error {
	constructor(readonly problems: string[]) {
		super(`import failed:\n${problems.join('\n')}`);
	}
}

function writeRows(dir: string, t: Table, rows: Record<string, unknown>[]): string {
	const names = Object.keys(t.columns);
	const w = new CsvWriter(join(dir, `${t.name}.csv`), names.join(','));
	for (const r of rows) w.row(names.map((n) => r[n] as Cell));
	w.close();
	return w.path;
}

/**
 * Reads `<dir>/<table>.csv` for every contract table, validates every cell, drops columns that
 * are not in the contract (reporting personal ones), and only when all files are clean writes
 * the data file (atomically, so the file already in place stays intact on any failure).
 */
export async function importFolder(dir: string, out: string): Promise<ImportReport> {
	const problems: string[] = [];
	const notes: string[] = [];
	const rows: Record<string, Record<string, unknown>[]> = {};
	for (const t of tables) {
		const file = join(dir, `${t.name}.csv`);
		if (!existsSync(file)) {
			if (requiredTables.includes(t.name)) problems.push(`${t.name}.csv is missing (required)`);
			rows[t.name] = [];
			continue;
		}
		const res = importCsv(t, readFileSync(file, 'utf8'));
		problems.push(...res.issues.map((i) => describeIssue(`${t.name}.csv`, i)));
		if (res.droppedPersonal.length)
			notes.push(`${t.name}.csv: dropped personal columns ${res.droppedPersonal.join(', ')}`);
		const other = res.dropped.filter((c) => !res.droppedPersonal.includes(c));
		if (other.length)
			notes.push(`${t.name}.csv: ignored columns not in the contract ${other.join(', ')}`);
		rows[t.name] = res.rows;
	}
	if (problems.length) throw new ImportFailed(problems);
	if (rows.regions!.length === 0) {
		const regencies = new Set(rows.events!.map((e) => String(e.regency_code)));
		rows.regions = regionsOf(regencies) as unknown as Record<string, unknown>[];
		notes.push(
			`regions.csv absent: ${rows.regions.length} regions of ${[...regencies].join(', ')} from idn-area-data (no population)`
		);
	}
	const tmp = mkdtempSync(join(tmpdir(), 'jemput-bola-import-'));
	try {
		const csv = Object.fromEntries(tables.map((t) => [t.name, writeRows(tmp, t, rows[t.name]!)]));
		const counts = await writeDatabase(out, {
			csv,
			meta: { synthetic: 'false', source: basename(dir), imported_at: new Date().toISOString() }
		}).catch((e: unknown) => {
			throw new ImportFailed([e instanceof Error ? e.message : String(e)]);
		});
		return { out, counts, notes };
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}
