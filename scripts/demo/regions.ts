import { join } from 'node:path';
import { areaDataDir, readCsv, titleCase } from '../datafile/area-data';
import { Rng } from './rng';

/** A regency the demo covers, with the program it runs and its agency code prefix. */
export interface RegencySpec {
	code: string;
	prefix: string;
	villageMin: number;
	villageMax: number;
}

/** The four regencies of the demo: Kemendagri code, agency prefix, synthetic village size range. */
export const REGENCIES: RegencySpec[] = [
	{ code: '35.14', prefix: 'PAS', villageMin: 2_000, villageMax: 12_000 },
	{ code: '32.14', prefix: 'PWK', villageMin: 2_000, villageMax: 12_000 },
	{ code: '18.02', prefix: 'LTG', villageMin: 2_000, villageMax: 12_000 },
	{ code: '32.75', prefix: 'BKS', villageMin: 20_000, villageMax: 80_000 }
];

/** A row of the `regions` table. */
export interface RegionRow {
	code: string;
	name: string;
	level: 'province' | 'regency' | 'district' | 'village';
	parent_code: string | null;
	population: number;
	households: number;
}

/** A village with what the generator needs to know about it. */
export interface Village {
	code: string;
	name: string;
	district: string;
	regency: string;
	population: number;
	households: number;
	/** Never appears as a citizen's village (planted; never hosts an event either). */
	silent: boolean;
}

/** A kecamatan with its villages and its seat (the village named like it, else the first). */
export interface District {
	code: string;
	name: string;
	regency: string;
	villages: Village[];
	seat: Village;
}

/** Everything the generator knows about the demo regions. */
export interface Geography {
	rows: RegionRow[];
	districts: Map<string, District>;
	villages: Map<string, Village>;
	/** Districts of each regency, in code order. */
	byRegency: Map<string, District[]>;
}

/** Share of villages (never a kecamatan seat) that no citizen in the data comes from. */
export const SILENT_SHARE = 0.05;

/**
 * Loads the demo regions from idn-area-data and adds synthetic population. The population and
 * the silent villages are structural: they do not depend on the generator seed.
 */
export function loadGeography(dir = areaDataDir()): Geography {
	const rng = new Rng('regions');
	const wanted = new Set(REGENCIES.map((r) => r.code));
	const provinces = new Set([...wanted].map((c) => c.slice(0, 2)));
	const rows: RegionRow[] = [];
	const districts = new Map<string, District>();
	const villages = new Map<string, Village>();
	const byRegency = new Map<string, District[]>();

	const provRows = readCsv(join(dir, 'provinces.csv')).filter(([c]) => provinces.has(c as string));
	const regRows = readCsv(join(dir, 'regencies.csv')).filter(([c]) => wanted.has(c as string));
	const distRows = readCsv(join(dir, 'districts.csv')).filter(([, r]) => wanted.has(r as string));
	const distSet = new Set(distRows.map(([c]) => c));
	const vilRows = readCsv(join(dir, 'villages.csv')).filter(([, d]) => distSet.has(d as string));

	for (const [code, regency, name] of distRows) {
		const d: District = {
			code: code!,
			name: name!,
			regency: regency!,
			villages: [],
			seat: undefined as never
		};
		districts.set(d.code, d);
		const list = byRegency.get(d.regency) ?? [];
		list.push(d);
		byRegency.set(d.regency, list);
	}
	for (const [code, district, name] of vilRows) {
		const d = districts.get(district!)!;
		const spec = REGENCIES.find((r) => r.code === d.regency)!;
		// Log-uniform between the bounds: many small villages, a few large ones.
		const lo = Math.log(spec.villageMin);
		const hi = Math.log(spec.villageMax);
		const population = Math.round(Math.exp(lo + rng.next() * (hi - lo)));
		const households = Math.round(population / rng.normal(3.5, 0.15));
		const v: Village = {
			code: code!,
			name: name!,
			district: d.code,
			regency: d.regency,
			population,
			households,
			silent: false
		};
		d.villages.push(v);
		villages.set(v.code, v);
	}
	for (const d of districts.values()) {
		d.seat =
			d.villages.find((v) => v.name.toLowerCase() === d.name.toLowerCase()) ?? d.villages[0]!;
		for (const v of d.villages) if (v !== d.seat && rng.chance(SILENT_SHARE)) v.silent = true;
	}
	// The Musrenbang example kelurahan is never silent.
	const pengasinan = villages.get('32.75.05.1002');
	if (pengasinan) pengasinan.silent = false;

	const sum = (vs: Village[], k: 'population' | 'households') => vs.reduce((s, v) => s + v[k], 0);
	for (const [code, name] of provRows) {
		const vs = [...villages.values()].filter((v) => v.code.startsWith(`${code}.`));
		rows.push({
			code: code!,
			name: titleCase(name!),
			level: 'province',
			parent_code: null,
			population: sum(vs, 'population'),
			households: sum(vs, 'households')
		});
	}
	for (const [code, prov, name] of regRows) {
		const vs = [...villages.values()].filter((v) => v.regency === code);
		rows.push({
			code: code!,
			name: titleCase(name!),
			level: 'regency',
			parent_code: prov!,
			population: sum(vs, 'population'),
			households: sum(vs, 'households')
		});
	}
	for (const d of districts.values()) {
		rows.push({
			code: d.code,
			name: d.name,
			level: 'district',
			parent_code: d.regency,
			population: sum(d.villages, 'population'),
			households: sum(d.villages, 'households')
		});
	}
	for (const v of villages.values()) {
		rows.push({
			code: v.code,
			name: v.name,
			level: 'village',
			parent_code: v.district,
			population: v.population,
			households: v.households
		});
	}
	rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	return { rows, districts, villages, byRegency };
}
