import type { ResolvedFilters } from '$lib/schema/filters';

/** The most specific region a filter selects, if any. */
export function selectedRegion(f: ResolvedFilters): string | undefined {
	return f.village ?? f.district ?? f.regency;
}

/** Length of the child-area code the table groups by: kecamatan (8) under a regency, village (13) below. */
export function areaCodeLength(f: ResolvedFilters): number {
	return f.district || f.village ? 13 : 8;
}
