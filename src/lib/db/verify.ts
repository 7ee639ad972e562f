import { formatSource } from '$lib/schema/ddl';
import { tables } from '$lib/schema/index';
import { ANALYTICS_TABLES_EXCLUDED, inFirstTier } from '$lib/queries/data-tiers';
import { summaryTables } from '$lib/queries/summaries';

/** Why the data could not be used, for one clear message in the interface's language. */
export type FaultKind = 'download' | 'stalled' | 'corrupt' | 'format' | 'tables' | 'engine';

/** The data could not be used: what kind of fault, and a short technical detail. */
export class DataFault extends Error {
	constructor(
		readonly kind: FaultKind,
		readonly detail: string
	) {
		super(`${kind}: ${detail}`);
	}
}

/**
 * Tables the pages need in the data file they attach (the analytics file): the contract tables
 * but the record-level ones (which no page reads), the summaries and `meta`.
 */
export const requiredDataTables = [
	...tables.map((t) => t.name).filter((t) => !ANALYTICS_TABLES_EXCLUDED.includes(t)),
	...summaryTables.map((s) => s.name),
	'meta'
];

/** Required tables of the first analytics file, and of the second (`meta` is in both). */
export const firstTierTables = requiredDataTables.filter(inFirstTier);
export const moreTierTables = requiredDataTables.filter((t) => t === 'meta' || !inFirstTier(t));

/** The data format fingerprint this build expects in `meta.format` (as the data writer computes it). */
export async function expectedFormat(): Promise<string> {
	const bytes = new TextEncoder().encode(formatSource(summaryTables));
	const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return [...hash]
		.map((b) => b.toString(16).padStart(2, '0'))
		.join('')
		.slice(0, 16);
}

/** SQL listing the tables of the attached database `alias`. */
export function tablesSql(alias: string): string {
	return `SELECT table_name FROM duckdb_tables() WHERE database_name = '${alias.replaceAll("'", "''")}'`;
}

/**
 * Checks an attached data file before the pages trust it: every table of `required` is there
 * and `meta.format` is the fingerprint of this build's layout. Throws a `DataFault` otherwise.
 */
export async function verifyData(
	query: (sql: string) => Promise<Record<string, unknown>[]>,
	alias: string,
	required: readonly string[] = requiredDataTables
): Promise<void> {
	const present = new Set((await query(tablesSql(alias))).map((r) => String(r.table_name)));
	const missing = required.filter((t) => !present.has(t));
	if (missing.length) throw new DataFault('tables', missing.join(', '));
	const rows = await query(`SELECT value FROM "${alias}".meta WHERE key = 'format'`);
	const found = rows.length ? String(rows[0]!.value) : '(none)';
	const want = await expectedFormat();
	if (found !== want) throw new DataFault('format', `${found} ≠ ${want}`);
}

/** The fault behind any start-up error (a plain error is an engine fault). */
export function faultOf(e: unknown): DataFault {
	if (e instanceof DataFault) return e;
	return new DataFault('engine', e instanceof Error ? e.message : String(e));
}
