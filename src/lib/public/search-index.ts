/**
 * The village search of the index page, in shards small enough for a phone: a village is filed
 * under the first three letters of each word of its name (`Sukamaju Kidul` under `suk` and
 * `kid`; a two-letter word under itself), and the page fetches only the shard of the first word
 * typed. A query matches a village when it starts a word of the name (`kid` finds `Sukamaju
 * Kidul`, `maju` does not find `Sukamaju`). Names of kecamatan and regencies are stored once per
 * shard, by code. For all of Indonesia the largest shard is about 35 KB gzip (bench:public).
 */

/** A village as the search lists it. */
export interface SearchVillage {
	code: string;
	name: string;
	district: string;
	regency: string;
}

/** One shard: village code and name, with the names of their kecamatan and regencies by code. */
export interface SearchShard {
	/** Kecamatan and regency names by code. */
	areas: Record<string, string>;
	/** `[code, name]` of each village filed under this shard. */
	villages: [string, string][];
}

/** Lower case, no accents, words separated by single spaces. */
export function foldName(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** The shard keys of a name: the first three letters of each word of two letters or more. */
export function shardKeys(name: string): string[] {
	const words = foldName(name)
		.split(' ')
		.filter((w) => w.length >= 2);
	return [...new Set(words.map((w) => w.slice(0, 3)))];
}

/** The search shards of a set of villages, by key. */
export function searchShards(villages: SearchVillage[]): Map<string, SearchShard> {
	const shards = new Map<string, SearchShard>();
	for (const v of villages)
		for (const key of shardKeys(v.name)) {
			let s = shards.get(key);
			if (!s) shards.set(key, (s = { areas: {}, villages: [] }));
			s.areas[v.code.slice(0, 8)] = v.district;
			s.areas[v.code.slice(0, 5)] = v.regency;
			s.villages.push([v.code, v.name]);
		}
	return shards;
}
