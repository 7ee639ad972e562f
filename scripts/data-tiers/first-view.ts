import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decompress } from 'fzstd';
import {
	firstViewFollowUps,
	firstViewPages,
	firstViewQueries,
	optionQueries,
	sqlKey
} from '../../src/lib/queries/first-view';
import { resolveFilters } from '../../src/lib/state/resolve';
import { appliedFilters, type ProgramActivity } from '../../src/lib/state/first-program';
import { filtersSchema } from '../../src/lib/schema/filters';
import {
	packRows,
	unpackRows,
	type FirstViewFile,
	type PackedRows
} from '../../src/lib/schema/first-view';
import type { DataManifest } from '../../src/lib/schema/data-manifest';
import { extentQuery, programsQuery } from '../../src/lib/queries/options';
import { openNative } from '../lib/native-db';
import { attachMoreSql } from '../../src/lib/queries/data-tiers';
import type { Sql } from '../../src/lib/sql';

const DATA_ALIAS = 'jb';

/** The route id of each page with a first view. */
const routeOf: Record<(typeof firstViewPages)[number], string> = {
	overview: '/',
	agencies: '/agencies',
	report: '/report',
	requests: '/requests',
	proposals: '/proposals',
	aid: '/aid'
};

/**
 * Computes each page's default view at build time with native DuckDB on the very analytics files
 * the browser downloads, by the same SQL builders the pages call, and writes
 * `<dir>/view/<page>.json` (the filter options and the page's results, keyed by `sqlKey`).
 * One thread, as duckdb-wasm runs, so sums of doubles add up in the same order.
 */
export async function writeFirstViews(dir: string, manifest: DataManifest): Promise<number> {
	const tmp = join(dir, `first-view.tmp-${process.pid}.duckdb`);
	const tmpMore = join(dir, `first-view-more.tmp-${process.pid}.duckdb`);
	writeFileSync(tmp, decompress(readFileSync(join(dir, manifest.analytics.file))));
	writeFileSync(tmpMore, decompress(readFileSync(join(dir, manifest.more.file))));
	const db = await openNative(tmp, DATA_ALIAS);
	let bytes = 0;
	try {
		await db.exec(attachMoreSql(tmpMore, DATA_ALIAS));
		await db.exec('SET threads = 1');
		const run = async (qs: ReturnType<typeof optionQueries>) => {
			const out: Record<string, PackedRows> = {};
			for (const q of qs) out[sqlKey(q)] = packRows(await db.query(q.sql, q.params));
			return out;
		};
		const opts = await run(optionQueries());
		const extent = opts[sqlKey(extentQuery())];
		const lastDay = String(extent?.rows[0]?.[extent.columns.indexOf('last_day')] ?? '');
		if (!lastDay) return 0; // no data: pages wait for the engine
		const packed = opts[sqlKey(programsQuery())];
		const programs = (packed ? unpackRows(packed) : []) as unknown as ProgramActivity[];
		mkdirSync(join(dir, 'view'), { recursive: true });
		for (const page of firstViewPages) {
			// The page's first view: the program with the latest activity, as the browser picks it.
			const open = appliedFilters(filtersSchema.parse({}), routeOf[page], programs);
			const f = resolveFilters(open, lastDay);
			const first = await run(firstViewQueries(page, f, lastDay));
			const rowsOf = (q: Sql) => unpackRows(first[sqlKey(q)] ?? { columns: [], rows: [] });
			const file: FirstViewFile = {
				data: manifest.analytics.hash,
				results: { ...opts, ...first, ...(await run(firstViewFollowUps(page, f, rowsOf))) }
			};
			const text = JSON.stringify(file);
			writeFileSync(join(dir, 'view', `${page}.json`), text);
			bytes += text.length;
		}
	} finally {
		db.close();
		for (const f of [tmp, tmpMore]) rmSync(f, { force: true });
	}
	return bytes;
}
