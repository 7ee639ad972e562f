import { openNative } from '../lib/native-db.ts';
import { extentQuery } from '../../src/lib/queries/options.ts';
import { overviewQuery } from '../../src/lib/queries/overview.ts';
import type { Sql } from '../../src/lib/sql.ts';
import { rawOverviewQuery } from '../lib/raw-overview.ts';
import type { Filters, ResolvedFilters } from '../../src/lib/schema/filters.ts';
import { resolveFilters } from '../../src/lib/state/resolve.ts';

/** Native DuckDB timings of the overview query. */
export interface NativeResult {
	/** The warm-up run (the page's first-load filters). */
	warmupMs: number;
	/** One run per filter change, in the browser's order. */
	queryMs: number[];
	/** The same question asked of the raw contract tables (`rawOverviewQuery`), per change. */
	rawMs: number[];
}

/** The last day with data (what the page resolves the default period against). */
export async function lastDay(dataFile: string): Promise<string> {
	const db = await openNative(dataFile);
	try {
		const q = extentQuery();
		const day = (await db.query(q.sql, q.params))[0]?.last_day;
		if (typeof day !== 'string') throw new Error(`${dataFile}: no last day with data`);
		return day;
	} finally {
		db.close();
	}
}

/**
 * Opens `dataFile` with native DuckDB and runs the exact overview SQL for `initial` once
 * (warm-up), then once for each of `sequence`, timing each; each change is also asked of the
 * raw contract tables (the baseline a browser query is held to).
 */
export async function runNative(
	dataFile: string,
	initial: Filters,
	sequence: Filters[],
	threads?: number
): Promise<NativeResult> {
	const day = await lastDay(dataFile);
	const db = await openNative(dataFile);
	try {
		if (threads !== undefined) await db.exec(`SET threads = ${threads}`);
		const time = async (f: Filters, build: (r: ResolvedFilters) => Sql = overviewQuery) => {
			const q = build(resolveFilters(f, day));
			const start = performance.now();
			await db.query(q.sql, q.params);
			return performance.now() - start;
		};
		const warmupMs = await time(initial);
		await time(initial, rawOverviewQuery);
		const queryMs: number[] = [];
		const rawMs: number[] = [];
		for (const f of sequence) {
			queryMs.push(await time(f));
			rawMs.push(await time(f, rawOverviewQuery));
		}
		return { warmupMs, queryMs, rawMs };
	} finally {
		db.close();
	}
}
