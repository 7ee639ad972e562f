import { filtersSchema, type Filters } from '$lib/schema/filters';

const keys = [
	'program',
	'agency',
	'kind',
	'channel',
	'regency',
	'district',
	'village',
	'from',
	'to',
	'year'
] as const;
/**
 * Parameters that follow the user from page to page: the filters, the language, the grouping of
 * the requests page (`by`) and the aid page's month (pages without them ignore them).
 */
export const carriedKeys = [...keys, 'lang', 'by', 'month'] as const;

/** Reads the global filters from a URL (invalid values are dropped). */
export function readFilters(url: URL): Filters {
	return filtersSchema.parse(Object.fromEntries(url.searchParams));
}

/** Filters with `change` applied; a region change clears the levels below it. */
export function applyFilterChange(current: Filters, change: Partial<Filters>): Partial<Filters> {
	const next: Partial<Filters> = { ...current, ...change };
	// A change that names the lower levels too (a village chosen by name) keeps them.
	if ('regency' in change && !('district' in change)) next.district = next.village = undefined;
	if ('district' in change && !('village' in change)) next.village = undefined;
	return next;
}

/** A URL query string with `change` applied (empty values removed), keeping other parameters. */
export function withParams(url: URL, change: Record<string, string | undefined>): string {
	const params = new URLSearchParams(url.searchParams);
	for (const [k, v] of Object.entries(change)) {
		if (v) params.set(k, v);
		else params.delete(k);
	}
	const s = params.toString();
	return s ? `?${s}` : '?';
}

/** A URL query string for filters, keeping other parameters of `url`. */
export function filtersSearch(url: URL, f: Partial<Filters>): string {
	return withParams(url, Object.fromEntries(keys.map((k) => [k, f[k]?.toString()])));
}

/**
 * The query string a link to another page carries: the filters and the language of `url`
 * (page-specific parameters such as a table sort stay behind), with `change` applied.
 */
export function carry(url: URL, change: Record<string, string | undefined> = {}): string {
	const kept = new URL(url.origin);
	for (const k of carriedKeys) {
		const v = url.searchParams.get(k);
		if (v) kept.searchParams.set(k, v);
	}
	const s = withParams(kept, change);
	return s === '?' ? '' : s;
}
