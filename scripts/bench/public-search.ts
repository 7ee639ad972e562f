import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	searchShards,
	type SearchShard,
	type SearchVillage
} from '../../src/lib/public/search-index.ts';
import { areaDataDir, readCsv, titleCase } from '../datafile/area-data.ts';

const kb = (b: number) => (b / 1024).toFixed(1);
const gz = (s: string | Buffer) => gzipSync(s).length;

/** Every village of Indonesia (idn-area-data) with its kecamatan and regency names. */
function indonesia(): SearchVillage[] {
	const dir = areaDataDir();
	const names = new Map<string, string>();
	for (const [c, , n] of readCsv(join(dir, 'regencies.csv'))) names.set(c!, titleCase(n!));
	for (const [c, , n] of readCsv(join(dir, 'districts.csv'))) names.set(c!, n!);
	return readCsv(join(dir, 'villages.csv')).map(([code, , name]) => ({
		code: code!,
		name: name!,
		district: names.get(code!.slice(0, 8)) ?? '',
		regency: names.get(code!.slice(0, 5)) ?? ''
	}));
}

/** gzip bytes of each shard, smallest first, and of one file with every village (the old index). */
function measure(villages: SearchVillage[], shards: string[]) {
	const one = gz(JSON.stringify(villages.map((v) => [v.code, v.name, v.district, v.regency])));
	const sizes = shards.map(gz).sort((a, b) => a - b);
	return { one, sizes, total: sizes.reduce((t, x) => t + x, 0) };
}

/**
 * Rows of the search index: what a phone downloads to find its village, for the built demo
 * site (`<site>/public/search/*.json`) and for all 83,763 villages of Indonesia through the
 * same shard function.
 */
export function searchRows(site: string): string[] {
	const dir = join(site, 'public', 'search');
	const built = readdirSync(dir).map((f) => readFileSync(join(dir, f)).toString());
	const demo = new Map<string, SearchVillage>();
	for (const { areas, villages } of built.map((t) => JSON.parse(t) as SearchShard))
		for (const [code, name] of villages)
			demo.set(code, {
				code,
				name,
				district: areas[code.slice(0, 8)]!,
				regency: areas[code.slice(0, 5)]!
			});
	const demoVillages = [...demo.values()];
	const all = indonesia();
	const rows = [
		'| search index (gzip) | villages | shard files | one file with every village | median shard | largest shard |',
		'| --- | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const [label, villages, shards] of [
		['demo regencies (built)', demoVillages, built],
		[
			'Indonesia (idn-area-data)',
			all,
			[...searchShards(all).values()].map((s) => JSON.stringify(s))
		]
	] as const) {
		const m = measure(villages, [...shards]);
		rows.push(
			`| ${label} | ${villages.length.toLocaleString('en')} | ${m.sizes.length} | ${kb(m.one)} KB | ${kb(m.sizes[Math.floor(m.sizes.length / 2)]!)} KB | ${kb(m.sizes.at(-1)!)} KB |`
		);
	}
	rows.push(
		'',
		'A visitor downloads one shard: the one of the first three letters of the first word typed.',
		''
	);
	return rows;
}
