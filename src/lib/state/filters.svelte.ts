import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { Filters } from '$lib/schema/filters';
import { filtersSearch, readFilters } from './filters-url';

/** The filters of the current page, and a way to change them (a new history entry, shareable). */
class FilterState {
	// Keyed by value: a change of other parameters (a table sort, the language) keeps the same
	// object, so queries that depend on the filters do not run again.
	#key = $derived(JSON.stringify(readFilters(page.url)));
	current: Filters = $derived(JSON.parse(this.#key));

	/** Changes some filters; a region change clears the levels below it. */
	update(change: Partial<Filters>): void {
		const next: Partial<Filters> = { ...this.current, ...change };
		if ('regency' in change) next.district = next.village = undefined;
		if ('district' in change) next.village = undefined;
		// Same page, new query string: nothing to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		void goto(filtersSearch(page.url, next), { keepFocus: true, noScroll: true });
	}
}

/** The app's filter state, derived from the URL. */
export const filters = new FilterState();
