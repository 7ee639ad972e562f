import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/** A copy of the sample CSV files that a corpus case puts one fault into. */
export class Folder {
	constructor(readonly dir: string) {}

	/** Path of a table's file. */
	path(table: string): string {
		return join(this.dir, `${table}.csv`);
	}

	/** The file's text. */
	text(table: string): string {
		return readFileSync(this.path(table), 'utf8');
	}

	/** Replaces the file's content. */
	put(table: string, content: string | Uint8Array): void {
		writeFileSync(this.path(table), content);
	}

	/** Removes the file. */
	remove(table: string): void {
		rmSync(this.path(table), { force: true });
	}

	/** Replaces the file by a folder of the same name. */
	folder(table: string): void {
		this.remove(table);
		mkdirSync(this.path(table));
	}

	/** Header and data rows. */
	rows(table: string): string[][] {
		return Papa.parse<string[]>(this.text(table).trim(), { skipEmptyLines: true }).data;
	}

	/** Writes rows as CSV. */
	write(table: string, rows: string[][], delimiter = ',', eol = '\n'): void {
		this.put(table, Papa.unparse(rows, { delimiter, newline: eol }) + eol);
	}

	/** Index (1-based, data rows) of the first row matching `pred`. */
	find(table: string, pred: (r: Record<string, string>) => boolean): number {
		const [head, ...rows] = this.rows(table);
		const i = rows.findIndex((r) => pred(Object.fromEntries(head!.map((h, k) => [h, r[k]!]))));
		if (i < 0) throw new Error(`no row of ${table} matches`);
		return i + 1;
	}

	/** A cell of data row `row` (1-based). */
	get(table: string, row: number, field: string): string {
		const [head, ...rows] = this.rows(table);
		return rows[row - 1]![head!.indexOf(field)]!;
	}

	/** Sets cells of data row `row` (1-based); returns the row's physical line. */
	set(table: string, row: number, cells: Record<string, string>): number {
		const all = this.rows(table);
		for (const [field, v] of Object.entries(cells)) {
			const k = all[0]!.indexOf(field);
			if (k < 0) throw new Error(`no column ${field} in ${table}`);
			all[row]![k] = v;
		}
		this.write(table, all);
		return row + 1;
	}

	/** Rewrites the file line by line. */
	lines(table: string, fn: (lines: string[]) => string[]): void {
		const lines = this.text(table).replace(/\n$/, '').split('\n');
		this.put(table, fn(lines).join('\n') + '\n');
	}
}
