import { asset } from '$app/paths';
import { dissolve } from './dissolve';
import { BoundaryError, parseBoundaries } from './geojson';
import { joinByCode, type JoinReport } from './join';
import { BOUNDARIES_DIR, manifestSchema, type Manifest } from './manifest';
import { hexLayout, hexShapes, type TileInput } from './schematic';
import type { Shape, ShapeSet } from './shapes';

const district = (s: Shape) => s.code.slice(0, 8);

/** Shapes of one regency from a list of boundary shapes (villages; kecamatan given or dissolved). */
export function regencyShapes(all: Shape[], regency: string): ShapeSet {
	const inside = all.filter((s) => s.code.startsWith(regency + '.'));
	const villages = inside.filter((s) => s.code.length === 13);
	const given = inside.filter((s) => s.code.length === 8);
	return {
		source: 'boundaries',
		crs: 'geo',
		villages,
		districts: given.length ? given : dissolve(villages, district)
	};
}

/** Schematic maps made lately, by their villages (a change of program or regency returns to one). */
// A cache, not state: no view reads it.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const schematics = new Map<string, ShapeSet>();
const SCHEMATICS_KEPT = 8;

/**
 * The schematic hexagon map of a regency's villages, from region codes alone. The same villages
 * give the same map, kept for the next time (the kecamatan outlines are dissolved edge by edge:
 * milliseconds a regency, at every change of regency otherwise).
 */
export function schematicShapes(villages: TileInput[]): ShapeSet {
	const key = villages.map((v) => `${v.code}\u0000${v.name ?? ''}`).join('\u0001');
	const kept = schematics.get(key);
	if (kept) return kept;
	const tiles = hexLayout(villages);
	const set: ShapeSet = {
		source: 'schematic',
		crs: 'plane',
		villages: hexShapes(tiles),
		districts: dissolve(hexShapes(tiles, 1), district)
	};
	schematics.set(key, set);
	for (const oldest of schematics.keys()) {
		if (schematics.size <= SCHEMATICS_KEPT) break;
		schematics.delete(oldest);
	}
	return set;
}

/** Geometry for the map: prepared boundaries, a file brought at run time, or the schematic. */
class Geometry {
	manifest = $state.raw<Manifest | null>(null);
	prepared = $state.raw<Record<string, ShapeSet>>({});
	uploaded = $state.raw<Shape[] | null>(null);
	uploadName = $state<string | null>(null);
	error = $state<string | null>(null);
	/** Why a regency's prepared boundaries could not be read (the schematic map stands in). */
	loadErrors = $state.raw<Record<string, string>>({});
	#manifestLoad: Promise<void> | null = null;

	/** Reads the manifest once; a missing manifest (fresh clone) means schematic only. */
	loadManifest(): Promise<void> {
		this.#manifestLoad ??= fetch(asset(`${BOUNDARIES_DIR}/manifest.json`))
			.then(async (r) => {
				if (r.ok) this.manifest = manifestSchema.parse(await r.json());
			})
			.catch(() => undefined);
		return this.#manifestLoad;
	}

	/** Reads the manifest, then the prepared boundaries of a regency if there are any. */
	async prepare(regency: string | undefined): Promise<void> {
		await this.loadManifest();
		if (regency) await this.loadPrepared(regency);
	}

	/** Fetches the prepared boundaries of a regency, once; a failure is kept in `loadErrors`. */
	async loadPrepared(regency: string): Promise<void> {
		const entry = this.manifest?.regencies[regency];
		if (!entry || this.prepared[regency] || this.loadErrors[regency]) return;
		const get = async (f: string) => {
			const r = await fetch(asset(`${BOUNDARIES_DIR}/${f}`));
			if (!r.ok) throw new Error(`${f}: HTTP ${r.status}`);
			return parseBoundaries(await r.text());
		};
		try {
			const [villages, districts] = await Promise.all([get(entry.villages), get(entry.districts)]);
			this.prepared = {
				...this.prepared,
				[regency]: { source: 'boundaries', crs: 'geo', villages, districts }
			};
		} catch (e) {
			const message = e instanceof Error ? e.message : String(e);
			this.loadErrors = { ...this.loadErrors, [regency]: message };
		}
	}

	/** Reads a user's GeoJSON / TopoJSON file; on error the current geometry stays. */
	async upload(file: File, codeProp: string): Promise<void> {
		try {
			this.uploaded = parseBoundaries(await file.text(), codeProp || 'kode');
			this.uploadName = file.name;
			this.error = null;
		} catch (e) {
			this.error = `${file.name}: ${e instanceof BoundaryError ? e.message : String(e)}`;
		}
	}

	/** Forgets the uploaded file. */
	clearUpload(): void {
		this.uploaded = null;
		this.uploadName = null;
	}

	/** The shapes for a regency: uploaded if they cover it, else prepared, else schematic. */
	shapes(regency: string, villages: TileInput[]): ShapeSet {
		const up = this.uploaded && regencyShapes(this.uploaded, regency);
		if (up && up.villages.length) return up;
		return this.prepared[regency] ?? schematicShapes(villages);
	}

	/** Region codes without polygon and polygons without region, for the shown regency. */
	report(set: ShapeSet, villageCodes: string[]): JoinReport | null {
		if (set.source === 'schematic') return null;
		return joinByCode(set.villages, villageCodes);
	}
}

/** The app's one geometry state. */
export const geometry = new Geometry();
