import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { Filters, ResolvedFilters } from '$lib/schema/filters';
import { selectArea } from './area-select';
import { applyFilterChange, filtersSearch, readFilters } from './filters-url';
import { options } from './options.svelte';
import { resolveFilters } from './resolve';

/** The filters of the current page, and a way to change them (a new history entry, shareable). */
class FilterState {
	// Keyed by value: a change of other parameters (a table sort, the language) keeps the same
	// object, so queries that depend on the filters do not run again.
	#key = $derived(JSON.stringify(readFilters(page.url)));
	current: Filters = $derived(JSON.parse(this.#key));
	/**
	 * The filters every query uses: the period filled with the default one up to the last day of
	 * data. Pages render once the options are loaded, so the last day is known.
	 */
	resolved: ResolvedFilters = $derived(resolveFilters(this.current, options.lastDay!));

	/** Changes some filters; a region change clears the levels below it. */
	update(change: Partial<Filters>): void {
		// Same page, new query string: nothing to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		void goto(filtersSearch(page.url, applyFilterChange(this.current, change)), {
			keepFocus: true,
			noScroll: true
		});
	}

	/** Narrows the page to an area clicked in a table, chart or map; a second click clears it. */
	select(code: string): void {
		const next = { ...this.current, ...selectArea(this.current, code) };
		// Same page, new query string: nothing to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		void goto(filtersSearch(page.url, next), { keepFocus: true, noScroll: true });
	}
}

/** The app's filter state, derived from the URL. */
export const filters = new FilterState();
