import { join } from 'node:path';
import { areaDataDir, readCsv, titleCase } from '../datafile/area-data';

/** A `regions` row built from idn-area-data (population and households unknown). */
export interface AreaRegion {
	code: string;
	name: string;
	level: 'province' | 'regency' | 'district' | 'village';
	parent_code: string | null;
	population: null;
	households: null;
}

/** Every province, regency, kecamatan and village of the given regencies, from idn-area-data. */
export function regionsOf(regencyCodes: Iterable<string>, dir = areaDataDir()): AreaRegion[] {
	const wanted = new Set(regencyCodes);
	const provinces = new Set([...wanted].map((c) => c.slice(0, 2)));
	const row = (
		code: string,
		name: string,
		level: AreaRegion['level'],
		parent: string | null
	): AreaRegion => ({
		code,
		name,
		level,
		parent_code: parent,
		population: null,
		households: null
	});
	const out: AreaRegion[] = [];
	for (const [c, n] of readCsv(join(dir, 'provinces.csv')))
		if (provinces.has(c!)) out.push(row(c!, titleCase(n!), 'province', null));
	for (const [c, p, n] of readCsv(join(dir, 'regencies.csv')))
		if (wanted.has(c!)) out.push(row(c!, titleCase(n!), 'regency', p!));
	const districts = new Set<string>();
	for (const [c, r, n] of readCsv(join(dir, 'districts.csv')))
		if (wanted.has(r!)) {
			districts.add(c!);
			out.push(row(c!, n!, 'district', r!));
		}
	for (const [c, d, n] of readCsv(join(dir, 'villages.csv')))
		if (districts.has(d!)) out.push(row(c!, n!, 'village', d!));
	return out;
}
