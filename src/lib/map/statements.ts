import { mapQuery, type MapLevel } from '$lib/queries/map-metrics';
import type { ResolvedFilters } from '$lib/schema/filters';
import type { Sql } from '$lib/sql';
import { mapRegency } from './regency';

type Programs = Parameters<typeof mapRegency>[1];
type Regions = Parameters<typeof mapRegency>[2];

/**
 * The filters a compact village map computes for: the regency it shows (`mapRegency`) and, when
 * a click picks a village (`pickable`), no village of its own (it keeps the siblings).
 */
export function mapPanelFilters(
	f: ResolvedFilters,
	programs: Programs,
	regions: Regions,
	pickable: boolean
): ResolvedFilters {
	const regency = mapRegency(f, programs, regions);
	return { ...f, regency, village: pickable ? undefined : f.village };
}

/** The compact map's statement for its filters (`mapPanelFilters`); none without a regency. */
export function mapPanelQuery(of: ResolvedFilters): Sql | null {
	return of.regency ? mapQuery(of, 'village') : null;
}

/**
 * The map page's statement for filters `f`: the areas (`level`; a kecamatan's villages when one
 * is chosen) of the regency the filters show; a village chosen opens its panel and filters none.
 */
export function mapPageQuery(
	f: ResolvedFilters,
	programs: Programs,
	regions: Regions,
	level: MapLevel
): Sql | null {
	const regency = mapRegency(f, programs, regions);
	return regency
		? mapQuery({ ...f, regency, village: undefined }, f.district ? 'village' : level)
		: null;
}
