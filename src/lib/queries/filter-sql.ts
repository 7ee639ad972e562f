import type { Family } from './metrics';
import type { SqlParam } from '$lib/sql';

/** A WHERE clause and its parameters. */
export interface Clause {
	sql: string;
	params: SqlParam[];
}

/** The region condition on a village-code column: exact for a village, by prefix for a kecamatan or regency. */
export function regionClause(column: string, code: string | undefined): Clause {
	if (!code) return { sql: 'TRUE', params: [] };
	if (code.length === 13) return { sql: `${column} = ?`, params: [code] };
	return { sql: `starts_with(${column}, ?)`, params: [code + '.'] };
}

/** The date condition on a family's date column for the days `from`..`to`, both included. */
export function dateClause(f: Family, from: string, to: string): Clause {
	return f.timestamp
		? {
				sql: `${f.date} >= CAST(? AS TIMESTAMP) AND ${f.date} < CAST(? AS DATE) + INTERVAL 1 DAY`,
				params: [from, to]
			}
		: { sql: `${f.date} BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`, params: [from, to] };
}

/** An equality condition, or TRUE when there is no value or no column to apply it to. */
function equals(column: string | undefined, value: string | undefined): Clause {
	return column && value ? { sql: `${column} = ?`, params: [value] } : { sql: 'TRUE', params: [] };
}

/**
 * Program, region, date and (for request families) kind and channel conditions of a family,
 * joined with AND. Families without kind / channel columns ignore those filters.
 */
export function familyWhere(
	f: Family,
	opts: {
		program?: string;
		region?: string;
		from: string;
		to: string;
		kind?: string;
		channel?: string;
	}
): Clause {
	const parts: Clause[] = [
		dateClause(f, opts.from, opts.to),
		equals(f.program, opts.program),
		regionClause(f.village, opts.region),
		equals(f.kind, opts.kind),
		equals(f.channel, opts.channel)
	];
	if (f.where) parts.unshift({ sql: f.where, params: [] });
	return {
		sql: parts.map((p) => `(${p.sql})`).join(' AND '),
		params: parts.flatMap((p) => p.params)
	};
}
