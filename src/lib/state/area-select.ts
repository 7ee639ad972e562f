import type { Filters } from '$lib/schema/filters';

/** The region filters a click on an area sets. */
export type RegionFilters = Partial<Pick<Filters, 'regency' | 'district' | 'village'>>;

/**
 * Region filters after a click on area `code` (a kecamatan or a village): the page narrows to
 * it; a click on the area already selected clears it and keeps its parent (a toggle).
 */
export function selectArea(current: RegionFilters, code: string): RegionFilters {
	const regency = code.slice(0, 5);
	if (code.length === 13)
		return current.village === code
			? { regency, district: code.slice(0, 8), village: undefined }
			: { regency, district: code.slice(0, 8), village: code };
	return current.district === code && !current.village
		? { regency, district: undefined, village: undefined }
		: { regency, district: code, village: undefined };
}

/** The area a view at `level` shows as selected (its own selection highlights, never filters it). */
export function selectedAt(
	current: RegionFilters,
	level: 'district' | 'village'
): string | undefined {
	return level === 'village' ? current.village : current.district;
}
