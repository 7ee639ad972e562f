/**
 * Record-level tables that stay out of the analytics file the dashboard downloads: no page
 * aggregates them (the derived tables of `summaries.ts` carry their figures), and no view lists
 * them: the dashboard never reads the full file.
 */
export const ANALYTICS_TABLES_EXCLUDED: readonly string[] = ['requests'];

/**
 * The analytics tables travel in two files. The first holds what the overview and the filter
 * options read (its daily facts and kecamatan cubes, the dimensions and `meta`: about a fifth of
 * the bytes), so the dashboard is interactive once it and the engine are in; the second holds
 * the other derived and contract tables (requests by agency and service, days to resolve by
 * village, aid, proposals) and is attached when it arrives. `meta` is in both.
 */
export const FIRST_TIER_TABLES: readonly string[] = [
	'daily_facts',
	'daily_facts_district',
	'resolution_days_district',
	'regions',
	'programs',
	'agencies',
	'services',
	'events',
	'event_agencies',
	'meta'
];

/** Whether `table` travels in the first analytics file (`meta` travels in both). */
export const inFirstTier = (table: string): boolean => FIRST_TIER_TABLES.includes(table);

/** Name of the second analytics file inside DuckDB (the first is the data alias, `jb`). */
export const MORE_ALIAS = 'jb_more';

/** Attaches the second analytics file at `path` (read-only) and finds its tables after the first's. */
export function attachMoreSql(path: string, dataAlias: string): string {
	return `ATTACH '${path.replaceAll("'", "''")}' AS ${MORE_ALIAS} (READ_ONLY); ${searchPathSql([dataAlias, MORE_ALIAS])}`;
}

/** Unqualified table names are looked up in these attached databases, in this order. */
export function searchPathSql(aliases: readonly string[]): string {
	return `SET search_path = '${aliases.map((a) => `${a}.main`).join(',')}'`;
}
