import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { Filters, ResolvedFilters } from '$lib/schema/filters';
import { selectArea } from './area-select';
import { ALL_PROGRAMS, appliedFilters, withFirstView } from './first-program';
import { applyFilterChange, filtersSearch, readFilters } from './filters-url';
import { options } from './options.svelte';
import { resolveFilters } from './resolve';

/** The filters of the current page, and a way to change them (a new history entry, shareable). */
class FilterState {
	// Keyed by value: a change of other parameters (a table sort, the language) keeps the same
	// object, so queries that depend on the filters do not run again.
	#key = $derived(JSON.stringify(readFilters(page.url)));
	current: Filters = $derived(JSON.parse(this.#key));
	// Keyed by value too: the options loaded again by the engine keep the same object.
	#firstKey = $derived(
		JSON.stringify(withFirstView(this.current, page.route.id, options.programs))
	);
	#first: Filters & { defaulted: boolean } = $derived(JSON.parse(this.#firstKey));
	/** Whether the page shows the first view's program (the URL names none). */
	defaulted: boolean = $derived(this.#first.defaulted);
	/** The filters the page applies: the URL's, with the first view's program and regency. */
	applied: Filters = $derived.by(() => {
		const { defaulted, ...f } = this.#first;
		void defaulted;
		return f;
	});
	/**
	 * The filters every query uses: the period filled with the default one up to the last day of
	 * data. Pages render once the options are loaded, so the last day is known.
	 */
	resolved: ResolvedFilters = $derived(resolveFilters(this.applied, options.lastDay!));

	/** Changes some filters; a region change clears the levels below it. */
	update(change: Partial<Filters>): void {
		// Same page, new query string: nothing to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		void goto(filtersSearch(page.url, applyFilterChange(this.base(change), change)), {
			keepFocus: true,
			noScroll: true
		});
	}

	/**
	 * The filters every query would use after `update(change)`: the same steps, on the URL that
	 * change would make (a statement run ahead of time is then the one the change asks for).
	 */
	resolvedAfter(change: Partial<Filters>): ResolvedFilters {
		const search = filtersSearch(page.url, applyFilterChange(this.base(change), change));
		const next = readFilters(new URL(search, page.url));
		return resolveFilters(appliedFilters(next, page.route.id, options.programs), options.lastDay!);
	}

	/**
	 * The URL's filters to apply `change` to: with the first view's program and regency written
	 * out when `change` names an area or agency (the page keeps showing that program, as chosen).
	 */
	base(change: Partial<Filters>): Filters {
		const area = ['regency', 'district', 'village', 'agency'].some((k) => k in change);
		if (!this.defaulted || 'program' in change || !area) return this.current;
		const { program, regency } = this.applied;
		return { ...this.current, program, regency };
	}

	/** Every program, chosen on purpose (`?program=all`; an empty URL opens on one program). */
	allPrograms(): void {
		this.update({ program: ALL_PROGRAMS });
	}

	/** Narrows the page to an area clicked in a table, chart or map; a second click clears it. */
	select(code: string): void {
		const area = selectArea(this.current, code);
		// Same page, new query string: nothing to resolve.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		void goto(filtersSearch(page.url, { ...this.base(area), ...area }), {
			keepFocus: true,
			noScroll: true
		});
	}
}

/** The app's filter state, derived from the URL. */
export const filters = new FilterState();
