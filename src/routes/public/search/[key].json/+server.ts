import { error, json } from '@sveltejs/kit';
import { publicData } from '$lib/server/public-data';
import { searchShards, type SearchShard } from '$lib/public/search-index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

let shards: Promise<Map<string, SearchShard>> | null = null;

/** The search shards of the build's villages, made once. */
function all(): Promise<Map<string, SearchShard>> {
	shards ??= publicData().then((b) =>
		searchShards(
			[...b.areas.values()]
				.filter((a) => a.level === 'village')
				.map((a) => ({
					code: a.code,
					name: a.name,
					district: a.district_name ?? '',
					regency: a.regency_name ?? ''
				}))
		)
	);
	return shards;
}

/** One file per shard key (`/public/search/su.json`). */
export const entries: EntryGenerator = async () =>
	[...(await all()).keys()].map((key) => ({ key }));

/** The villages filed under one key, for the search box of the index page. */
export const GET: RequestHandler = async ({ params }) => {
	const shard = (await all()).get(params.key);
	if (!shard) error(404, 'Not found');
	return json(shard);
};
