import { dissolve } from '../../src/lib/map/dissolve.ts';
import { parseBoundaries } from '../../src/lib/map/geojson.ts';
import { joinByCode } from '../../src/lib/map/join.ts';
import type { Manifest } from '../../src/lib/map/manifest.ts';
import type { Shape } from '../../src/lib/map/shapes.ts';
import { simplifyShapes } from '../../src/lib/map/simplify.ts';

/** Command-line options of `scripts/boundaries.ts`. */
export interface BoundaryArgs {
	files: string[];
	code: string;
	out: string;
	tolerance: number;
	dataFile: string;
}

/** Usage text. */
export const usage = `npm run boundaries -- <file.geojson|file.topojson …> [options]
  --code NAME        property holding the Kemendagri code (default: kode)
  --out DIR          output folder (default: static/data/boundaries)
  --tolerance DEG    simplification tolerance in degrees (default: 0.00005, about 5 m)
  --data FILE        data file whose regions are checked (default: static/data/jemput-bola.duckdb)`;

/** Parses the command line; null when it asks for help or names no file. */
export function readArgs(argv: string[]): BoundaryArgs | null {
	const a: BoundaryArgs = {
		files: [],
		code: 'kode',
		out: 'static/data/boundaries',
		tolerance: 0.00005,
		dataFile: 'static/data/jemput-bola.duckdb'
	};
	for (let i = 0; i < argv.length; i++) {
		const v = argv[i]!;
		if (v === '--help' || v === '-h') return null;
		else if (v === '--code') a.code = argv[++i] ?? a.code;
		else if (v === '--out') a.out = argv[++i] ?? a.out;
		else if (v === '--tolerance') a.tolerance = Number(argv[++i]);
		else if (v === '--data') a.dataFile = argv[++i] ?? a.dataFile;
		else a.files.push(v);
	}
	return a.files.length && Number.isFinite(a.tolerance) ? a : null;
}

/** A GeoJSON FeatureCollection of shapes with `kode` and `nama` properties. */
export function toGeoJson(shapes: Shape[]): string {
	const features = shapes.map((s) => ({
		type: 'Feature',
		properties: { kode: s.code, nama: s.name },
		geometry:
			s.polygons.length === 1
				? { type: 'Polygon', coordinates: s.polygons[0] }
				: { type: 'MultiPolygon', coordinates: s.polygons }
	}));
	return JSON.stringify({ type: 'FeatureCollection', features });
}

/**
 * Prepares boundary files: villages grouped by regency, simplified; kecamatan taken from the
 * input when present, else dissolved from the villages; `known` region codes are checked.
 * Returns the output files by name (with `manifest.json` merged into `previous`) and a log.
 */
export function prepareBoundaries(
	inputs: { name: string; text: string }[],
	opts: { code: string; tolerance: number },
	known: Set<string>,
	previous: Manifest = { regencies: {} }
): { files: Record<string, string>; log: string[] } {
	const shapes = inputs.flatMap((f) => parseBoundaries(f.text, opts.code));
	const log: string[] = [];
	const files: Record<string, string> = {};
	const manifest: Manifest = { regencies: { ...previous.regencies } };
	const regencies = [
		...new Set(shapes.filter((s) => s.code.length === 13).map((s) => s.code.slice(0, 5)))
	].sort();
	for (const reg of regencies) {
		const inside = shapes.filter((s) => s.code.startsWith(reg + '.'));
		const villages = inside.filter((s) => s.code.length === 13);
		const given = inside.filter((s) => s.code.length === 8);
		const districts = given.length ? given : dissolve(villages, (s) => s.code.slice(0, 8));
		const knownHere = [...known].filter((c) => c.length === 13 && c.startsWith(reg + '.'));
		const join = joinByCode(villages, knownHere);
		files[`${reg}.geojson`] = toGeoJson(simplifyShapes(villages, opts.tolerance));
		files[`${reg}.kecamatan.geojson`] = toGeoJson(simplifyShapes(districts, opts.tolerance));
		manifest.regencies[reg] = {
			villages: `${reg}.geojson`,
			districts: `${reg}.kecamatan.geojson`,
			count: villages.length
		};
		log.push(
			`${reg}: ${villages.length} villages, ${districts.length} kecamatan${given.length ? '' : ' (dissolved)'}; ` +
				`${join.missing.length} data villages without polygon${list(join.missing)}, ` +
				`${join.unknown.length} polygons with no known region${list(join.unknown)}`
		);
	}
	if (!regencies.length) log.push('no village polygon (13-character code) found');
	files['manifest.json'] = JSON.stringify(manifest, null, 1);
	return { files, log };
}

const list = (codes: string[]) =>
	codes.length ? ` (${codes.slice(0, 10).join(', ')}${codes.length > 10 ? ', …' : ''})` : '';
