import { createReadStream, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readTableFile } from '../../src/lib/import/file-reader';
import type { CsvLimits } from '../../src/lib/import/csv-reader';
import { ProblemLog, describeProblem } from '../../src/lib/import/problems';
import {
	anyRelationCheck,
	checkBetweenTables,
	describeSkipped,
	skippedTables,
	type Skipped,
	type TableState
} from '../../src/lib/import/between';
import { requiredTables, tables } from '../../src/lib/schema/index';
import { tmpFilesOf, writeDatabase } from '../datafile/database';
import { regionsOf } from './area-regions';
import { fileNotes } from './notes';
import { openStage, StagedFile } from './stage';
import { lockOutput, onCleanup, privateTempDir } from './temp';

export { requiredTables } from '../../src/lib/schema/index';

/** What an import did, file by file. */
export interface ImportReport {
	out: string;
	counts: Record<string, number>;
	notes: string[];
}

/** An import that found problems; nothing was written. */
export class ImportFailed extends Error {
	/** The problems kept, one line each (`events.csv line 14, column 7 (date): …`). */
	readonly problems: string[];
	/** Why some checks between tables were not run (one line each). */
	readonly skipped: string[];
	constructor(
		readonly log: ProblemLog,
		skipped: Skipped[] = []
	) {
		const problems = log.kept.map(describeProblem);
		const notes = skipped.map(describeSkipped);
		super(`import failed (${log.summary()}):\n${[...problems, ...notes].join('\n')}`);
		this.problems = problems;
		this.skipped = notes;
	}
}

/** Options for tests: smaller limits. */
export interface ImportOptions {
	limits?: CsvLimits;
}

/**
 * Reads `<dir>/<table>.csv` for every contract table, streaming: checks every cell, row and
 * relation (docs/import.md), drops columns that are not in the contract (reporting personal ones)
 * and only when everything is clean writes the data file atomically. Temporary files live in a
 * private folder removed on success, failure and interruption; a lock keeps a second import from
 * writing the same output.
 */
export async function importFolder(
	dir: string,
	out: string,
	opts: ImportOptions = {}
): Promise<ImportReport> {
	const log = new ProblemLog();
	const unlock = lockOutput(out);
	const tmp = privateTempDir();
	try {
		const notes: string[] = [];
		const staged: StagedFile[] = [];
		const states: Record<string, TableState> = {};
		const counts = new Map<string, number>();
		const present = new Set(readdirSync(dir));
		for (const t of tables) {
			const name = `${t.name}.csv`;
			const file = join(dir, name);
			if (!present.has(name)) {
				if (requiredTables.includes(t.name))
					log.add({ kind: 'file', file: name, message: 'is missing (required)' });
				const empty = new StagedFile(tmp.dir, t);
				empty.close();
				staged.push(empty);
				counts.set(t.name, 0);
				continue;
			}
			if (!statSync(file).isFile()) {
				log.add({ kind: 'file', file: name, message: 'is a folder, not a file' });
				states[t.name] = { file: name, columns: [], readable: false, failed: 0, failedKeys: [] };
				const empty = new StagedFile(tmp.dir, t);
				empty.close();
				staged.push(empty);
				continue;
			}
			const s = new StagedFile(tmp.dir, t);
			const report = await readTableFile(
				t,
				name,
				createReadStream(file, { highWaterMark: 1 << 20 }),
				log,
				(values, line) => s.add(values, line),
				opts.limits
			);
			s.close();
			staged.push(s);
			counts.set(t.name, report.rows);
			states[t.name] = {
				file: name,
				columns: report.columns,
				readable: report.readable,
				failed: report.failed,
				failedKeys: report.failedKeys
			};
			notes.push(...fileNotes(name, report));
		}
		const others = [...present].filter((f) => !tables.some((t) => `${t.name}.csv` === f));
		if (others.length) notes.push(`ignored files that are no contract table: ${others.join(', ')}`);
		// Without regions.csv the regions come from idn-area-data (below): they are not missing.
		if (!present.has('regions.csv'))
			states.regions = {
				file: 'regions.csv',
				columns: [],
				readable: true,
				failed: 0,
				failedKeys: []
			};
		// With problems in some rows the checks between tables still run on the rows that passed,
		// so every problem is listed at once; only those needing an unreadable file are left out.
		if (log.size && !anyRelationCheck(skippedTables(states)))
			throw new ImportFailed(log, skippedTables(states));
		let skipped: Skipped[] = [];
		const stage = await openStage(tmp.dir);
		try {
			for (const s of staged) await stage.load(s);
			const r0 = states.regions;
			if (counts.get('regions') === 0 && r0?.readable && r0.failed === 0) {
				const rows = await stage.query(
					`SELECT regency_code AS c FROM stage_events UNION SELECT regency_code FROM stage_programs`
				);
				const regencies = rows.map((r) => String(r.c)).sort();
				const regions = new StagedFile(
					tmp.dir,
					tables.find((t) => t.name === 'regions')!
				);
				let n = 0;
				for (const r of regionsOf(regencies)) {
					regions.add([r.code, r.name, r.level, r.parent_code, null, null], 0);
					n++;
				}
				regions.close();
				staged[staged.findIndex((s) => s.table.name === 'regions')] = regions;
				await stage.load(regions);
				notes.push(
					`regions.csv absent: ${n} regions of ${regencies.join(', ')} from idn-area-data (no population)`
				);
			}
			skipped = await checkBetweenTables(
				(sql) => stage.query(sql),
				states,
				(p, n) => log.add(p, n)
			);
		} finally {
			stage.close();
		}
		if (log.size) throw new ImportFailed(log, skipped);

		const release = onCleanup(() => {
			for (const f of tmpFilesOf(out)) rmSync(f, { force: true });
		});
		try {
			const written = await writeDatabase(out, {
				csv: Object.fromEntries(staged.map((s) => [s.table.name, s.csv])),
				meta: { synthetic: 'false', source: basename(dir), imported_at: new Date().toISOString() }
			});
			return { out, counts: written, notes };
		} finally {
			release();
		}
	} finally {
		tmp.release();
		unlock();
	}
}
