import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Table } from '../../src/lib/schema/define';
import { stageSql } from '../../src/lib/import/relations';
import { CsvWriter, type Cell } from '../datafile/csv';

/** A table's clean rows on disk: contract columns in `csv`, the physical line of each in `lines`. */
export class StagedFile {
	readonly csv: string;
	readonly lines: string;
	private readonly rows: CsvWriter;
	private readonly lineOf: CsvWriter;

	constructor(
		dir: string,
		readonly table: Table
	) {
		this.rows = new CsvWriter(join(dir, `${table.name}.csv`), Object.keys(table.columns).join(','));
		this.lineOf = new CsvWriter(join(dir, `${table.name}.lines.csv`), '_line');
		this.csv = this.rows.path;
		this.lines = this.lineOf.path;
	}

	/** Appends a clean row and the line it came from. */
	add(values: readonly Cell[], line: number): void {
		this.rows.row(values);
		this.lineOf.line(String(line));
	}

	/** Flushes both files. */
	close(): void {
		this.rows.close();
		this.lineOf.close();
	}
}

/** A DuckDB in the private temporary folder holding the staged tables for the relational checks. */
export async function openStage(dir: string) {
	const inst = await DuckDBInstance.create(join(dir, 'check.duckdb'));
	const con = await inst.connect();
	await con.run('SET autoinstall_known_extensions = false; SET autoload_known_extensions = false');
	return {
		/** Loads a staged file as `stage_<table>` with its `_line` column. */
		async load(f: StagedFile): Promise<void> {
			await con.run(stageSql(f.table, f.csv, f.lines));
		},
		async query(sql: string): Promise<Record<string, unknown>[]> {
			return (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
		},
		close(): void {
			con.closeSync();
			inst.closeSync();
		}
	};
}
