import { resolve } from 'node:path';
import { z } from 'zod';
import { openNative, type NativeDb } from '../../../scripts/lib/native-db';
import { extentQuery, syntheticQuery } from '$lib/queries/options';
import {
	publicAreasQuery,
	publicEventsQuery,
	publicProgramsQuery
} from '$lib/queries/public-areas';
import {
	publicAidQuery,
	publicProposalListQuery,
	publicProposalStagesQuery,
	publicRequestsQuery
} from '$lib/queries/public-figures';
import {
	aidRow,
	areaRow,
	eventRow,
	programRow,
	proposalListRow,
	proposalStageRow,
	requestRow
} from '$lib/public/rows';
import { buildBundle, type PublicBundle } from '$lib/public/bundle';

/** The data file the public pages are built from (the one the dashboard ships). */
export const PUBLIC_DATA_FILE = resolve(
	process.env.PUBLIC_DATA_FILE ?? 'static/data/jemput-bola.duckdb'
);

/**
 * Regencies to build public pages for (`PUBLIC_REGENCIES=32.14,32.75`); all when unset. The
 * benchmark uses it to measure how build time and output grow with the number of villages.
 */
const only = (process.env.PUBLIC_REGENCIES ?? '')
	.split(',')
	.map((s) => s.trim())
	.filter(Boolean);

/** How many recent proposals a village page lists (the CSV and tables cover all). */
export const RECENT_PROPOSALS = 20;

/** Runs every public query once on native DuckDB and indexes the rows by area. */
export async function loadPublicBundle(db: NativeDb): Promise<PublicBundle> {
	const run = async <T>(q: { sql: string; params: unknown[] }, row: z.ZodType<T>) =>
		z.array(row).parse(await db.query(q.sql, q.params as never));
	const [extent] = await db.query(extentQuery().sql);
	const lastDay = String(extent?.last_day ?? '');
	const [meta] = await db.query(syntheticQuery().sql);
	return buildBundle({
		firstDay: String(extent?.first_day ?? ''),
		lastDay,
		synthetic: meta?.synthetic === true,
		programs: await run(publicProgramsQuery(), programRow),
		areas: (await run(publicAreasQuery(lastDay), areaRow)).filter(
			(a) => only.length === 0 || only.includes(a.code.slice(0, 5))
		),
		events: await run(publicEventsQuery(), eventRow),
		requests: await run(publicRequestsQuery(), requestRow),
		aid: await run(publicAidQuery(), aidRow),
		proposalStages: await run(publicProposalStagesQuery(), proposalStageRow),
		proposalList: await run(publicProposalListQuery(RECENT_PROPOSALS), proposalListRow)
	});
}

let loading: Promise<PublicBundle> | null = null;

/** The bundle of the data file, loaded once per build (every page and CSV shares it). */
export function publicData(): Promise<PublicBundle> {
	loading ??= (async () => {
		const db = await openNative(PUBLIC_DATA_FILE);
		try {
			return await loadPublicBundle(db);
		} finally {
			db.close();
		}
	})();
	return loading;
}
