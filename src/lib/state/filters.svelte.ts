import { goto } from '$app/navigation';
import { page } from '$app/state';
import { filtersSchema, type Filters } from '$lib/schema/filters';

const keys = ['program', 'regency', 'district', 'village', 'from', 'to'] as const;

/** Reads the global filters from a URL (invalid values are dropped). */
export function readFilters(url: URL): Filters {
	return filtersSchema.parse(Object.fromEntries(url.searchParams));
}

/** A URL query string for filters, keeping other parameters of `url`. */
export function filtersSearch(url: URL, f: Partial<Filters>): string {
	const params = new URLSearchParams(url.searchParams);
	for (const k of keys) {
		const v = f[k];
		if (v) params.set(k, v);
		else params.delete(k);
	}
	const s = params.toString();
	return s ? `?${s}` : '?';
}

/** The filters of the current page, and a way to change them (a new history entry, shareable). */
class FilterState {
	current = $derived(readFilters(page.url));

	/** Changes some filters; a region change clears the levels below it. */
	update(change: Partial<Filters>): void {
		const next: Partial<Filters> = { ...this.current, ...change };
		if ('regency' in change) next.district = next.village = undefined;
		if ('district' in change) next.village = undefined;
		void goto(filtersSearch(page.url, next), { keepFocus: true, noScroll: true });
	}
}

/** The app's filter state, derived from the URL. */
export const filters = new FilterState();
