import type { Table } from '$lib/schema/define';
import { tables } from '$lib/schema/index';
import type { Problem, ProblemDetail, ProblemKind } from './problems';

/** A reference from a column of one table to the key of another. */
export interface ForeignKey {
	table: string;
	column: string;
	ref: string;
	refColumn: string;
}

const fk = (table: string, column: string, ref: string, refColumn = 'code'): ForeignKey => ({
	table,
	column,
	ref,
	refColumn
});

/** Every reference between contract tables (docs/import.md lists them). */
export const foreignKeys: ForeignKey[] = [
	fk('programs', 'regency_code', 'regions'),
	fk('regions', 'parent_code', 'regions'),
	fk('services', 'agency_code', 'agencies'),
	fk('events', 'program', 'programs'),
	fk('events', 'regency_code', 'regions'),
	fk('events', 'district_code', 'regions'),
	fk('events', 'village_code', 'regions'),
	fk('event_agencies', 'event_id', 'events', 'event_id'),
	fk('event_agencies', 'agency_code', 'agencies'),
	fk('requests', 'program', 'programs'),
	fk('requests', 'event_id', 'events', 'event_id'),
	fk('requests', 'agency_code', 'agencies'),
	fk('requests', 'service_code', 'services'),
	fk('requests', 'citizen_village_code', 'regions'),
	fk('aid_distributions', 'program', 'programs'),
	fk('aid_distributions', 'event_id', 'events', 'event_id'),
	fk('aid_distributions', 'village_code', 'regions'),
	fk('proposals', 'program', 'programs'),
	fk('proposals', 'event_id', 'events', 'event_id'),
	fk('proposals', 'village_code', 'regions'),
	fk('proposals', 'agency_code', 'agencies')
];

/** Name of the staged copy of a table: contract columns plus `_line`, the physical line. */
export const stageName = (table: string) => `stage_${table}`;

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Creates `stage_<table>` from a staged file pair: the clean rows (contract columns, as the
 * writer loads them) and, row for row, the physical line each came from (`_line`).
 */
export function stageSql(t: Table, csv: string, lines: string): string {
	const cols = Object.entries(t.columns)
		.map(([n, c]) => `${lit(n)}: ${lit(c.sql)}`)
		.join(', ');
	return `CREATE OR REPLACE TABLE ${stageName(t.name)} AS SELECT * FROM read_csv(${lit(csv)}, header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, columns = {${cols}}) POSITIONAL JOIN read_csv(${lit(lines)}, header = true, auto_detect = false, columns = {'_line': 'BIGINT'})`;
}

/**
 * Makes a contract table of its checked stage table in the same schema: the browser import's
 * load. The stage table loses `_line` and takes the table's place (both cost no copy of the rows,
 * where an `INSERT … SELECT` copied a million requests); its columns have the contract's types,
 * and the checks proved what NOT NULL would.
 */
export function loadFromStageSql(t: Table): string {
	const stage = q(stageName(t.name));
	return `DROP TABLE ${q(t.name)}; ALTER TABLE ${stage} DROP COLUMN _line; ALTER TABLE ${stage} RENAME TO ${q(t.name)}`;
}

/** One relational check: SQL returning `_line`, `key`, `note` and `total` rows, and how to word it. */
export interface RelationCheck {
	kind: ProblemKind;
	table: string;
	column: string;
	sql: string;
	message(row: { key: string; note: string | null }): string;
	/** The same message as an i18n key and values, for the import page. */
	detail(row: { key: string; note: string | null }): ProblemDetail;
}

const detail = (key: string, values: Record<string, string | number>): ProblemDetail => ({
	key,
	values
});

/** The table of the keys of a table's rows that failed their own checks (`failedKeysSql`). */
export const failedName = (table: string) => `failed_${table}`;

/**
 * Creates `failed_<table>` (temporary) holding `keys`, the keys of rows that failed their own
 * checks: a reference to one of them is not reported again as a reference not found.
 */
export function failedKeysSql(table: string, keys: readonly string[]): string {
	return `CREATE OR REPLACE TEMP TABLE ${failedName(table)} AS SELECT unnest([${keys.map(lit).join(', ')}]::VARCHAR[]) AS key`;
}

/** Which checks to leave out and which tables have failed rows (`failed_<table>` exists). */
export interface RelationOptions {
	/** Tables whose rows are unknown (file missing or unreadable): no check involving them runs. */
	skip?: ReadonlySet<string>;
	/** Tables with a `failed_<table>` of keys that are not reported as references not found. */
	failed?: ReadonlySet<string>;
}

/** A code of another level of the region hierarchy, in regions.csv, under another parent. */
function outsideParent(
	column: string,
	parent: string,
	words: [string, string],
	cap: number
): RelationCheck {
	return {
		kind: 'hierarchy',
		table: 'events',
		column,
		// A code not in regions at all is reported by its reference check (an unknown code).
		sql: `SELECT e._line, e.${q(column)} AS key, e.${q(parent)} AS note, count(*) OVER () AS total
FROM ${stageName('events')} e JOIN ${stageName('regions')} r ON r.code = e.${q(column)}
WHERE r.parent_code IS DISTINCT FROM e.${q(parent)} ORDER BY e._line LIMIT ${cap}`,
		message: (r) => `${words[0]} ${r.key} is not in ${words[1]} ${r.note}`,
		detail: (r) =>
			detail(`detail_${column.replace('_code', '')}_outside`, { key: r.key, note: r.note ?? '' })
	};
}

/** The checks a database would make between rows and tables, each capped at `cap` rows. */
export function relationChecks(cap = 20, opts: RelationOptions = {}): RelationCheck[] {
	const skip = opts.skip ?? new Set<string>();
	const out: RelationCheck[] = [];
	for (const t of tables as Table[]) {
		if (skip.has(t.name)) continue;
		const key = t.primaryKey.map((k) => `${q(k)}::VARCHAR`).join(` || ' / ' || `);
		out.push({
			kind: 'primary_key',
			table: t.name,
			column: t.primaryKey[0]!,
			// The lines are listed only for keys found twice (a plain count finds them first).
			sql: `SELECT lines[2] AS _line, key, 'line ' || lines[1] AS note, count(*) OVER () AS total FROM (
  SELECT ${key} AS key, list(_line ORDER BY _line) AS lines FROM ${stageName(t.name)}
  WHERE ${key} IN (SELECT ${key} FROM ${stageName(t.name)} GROUP BY 1 HAVING count(*) > 1)
  GROUP BY ALL) ORDER BY _line LIMIT ${cap}`,
			message: (r) => `duplicate key "${r.key}" (first on ${r.note})`,
			detail: (r) =>
				detail('detail_duplicate', { key: r.key, line: String(r.note).replace('line ', '') })
		});
	}
	for (const f of foreignKeys) {
		if (skip.has(f.table) || skip.has(f.ref)) continue;
		const failed = opts.failed?.has(f.ref)
			? ` AND c.${q(f.column)}::VARCHAR NOT IN (SELECT key FROM ${failedName(f.ref)})`
			: '';
		out.push({
			kind: 'foreign_key',
			table: f.table,
			column: f.column,
			sql: `SELECT c._line, c.${q(f.column)}::VARCHAR AS key, NULL AS note, count(*) OVER () AS total
FROM ${stageName(f.table)} c WHERE c.${q(f.column)} IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM ${stageName(f.ref)} p WHERE p.${q(f.refColumn)} = c.${q(f.column)})${failed}
ORDER BY c._line LIMIT ${cap}`,
			message: (r) =>
				f.ref === 'regions'
					? `unknown region code "${r.key}" (not in regions.csv)`
					: `"${r.key}" is not ${f.refColumn === 'event_id' ? 'an' : 'a'} ${f.refColumn} in ${f.ref}.csv`,
			detail: (r) =>
				f.ref === 'regions'
					? detail('detail_unknown_region', { key: r.key })
					: detail('detail_not_found', { key: r.key, column: f.refColumn, file: `${f.ref}.csv` })
		});
	}
	if (skip.has('events')) return out;
	if (!skip.has('programs'))
		out.push({
			kind: 'hierarchy',
			table: 'events',
			column: 'regency_code',
			sql: `SELECT e._line, e.regency_code AS key, p.regency_code || ' (' || p.code || ')' AS note, count(*) OVER () AS total
FROM ${stageName('events')} e JOIN ${stageName('programs')} p ON p.code = e.program
WHERE p.regency_code <> e.regency_code ORDER BY e._line LIMIT ${cap}`,
			message: (r) => `event in regency ${r.key}, but its program runs in ${r.note} (programs.csv)`,
			detail: (r) => detail('detail_program_regency', { key: r.key, note: r.note ?? '' })
		});
	if (!skip.has('regions'))
		out.push(
			outsideParent('district_code', 'regency_code', ['kecamatan', 'regency'], cap),
			outsideParent('village_code', 'district_code', ['village', 'kecamatan'], cap)
		);
	return out;
}

/** A staged table's row count per table, for the "required table is empty" rule. */
export function countSql(table: string): string {
	return `SELECT count(*)::BIGINT AS n FROM ${stageName(table)}`;
}

const row = (r: Record<string, unknown>) => ({
	key: String(r.key),
	note: r.note === null ? null : String(r.note)
});

/**
 * Runs every relational check through `query` (any DuckDB: native or wasm) and reports the
 * problems at file, line and column; `columnOf` gives a field's column number in its file.
 */
export async function checkRelations(
	query: (sql: string) => Promise<Record<string, unknown>[]>,
	fileOf: (table: string) => string,
	columnOf: (table: string, field: string) => number | undefined,
	add: (p: Problem, total: number) => void,
	cap = 20,
	opts: RelationOptions = {}
): Promise<void> {
	for (const c of relationChecks(cap, opts)) {
		const rows = await query(c.sql);
		rows.forEach((r, i) =>
			add(
				{
					kind: c.kind,
					file: fileOf(c.table),
					line: Number(r._line),
					column: columnOf(c.table, c.column),
					field: c.column,
					message: c.message(row(r)),
					detail: c.detail(row(r))
				},
				i === 0 ? Number(r.total) : 0
			)
		);
	}
}
