import type { Filters } from '$lib/schema/filters';

/**
 * At most this many choices of a control are run ahead: a search list shows 50 at most, a
 * kecamatan list two or three dozen; a longer list narrows as the user types.
 */
export const MAX_POINTED = 50;

/** An open control: its choices' values, and the filter change choosing one would make. */
interface Open {
	owner: string;
	values: string[];
	change: (value: string) => Partial<Filters>;
}

/**
 * The filter changes a user is about to choose from: the choices of the control they opened or
 * focused (a dropdown, a search list, a date typed whole), as Mosaic's interactors `activate` on
 * pointer entry so their coordinator can prefetch. One control at a time; cleared when it closes.
 * The changes are made when read, from the filters then applied: a dropdown that keeps focus
 * after a choice offers its choices from the new filters.
 */
class FilterIntent {
	#open = $state.raw<Open | null>(null);

	/** The changes the open control offers, in its order (empty when none is open). */
	get moves(): Partial<Filters>[] {
		const o = this.#open;
		return o ? o.values.slice(0, MAX_POINTED).map(o.change) : [];
	}

	/** Control `owner` is open on `values`; `change` makes the change of choosing one. */
	point(owner: string, values: string[], change: Open['change']): void {
		this.#open = { owner, values, change };
	}

	/** Control `owner` closed (another one's list is kept). */
	leave(owner: string): void {
		if (this.#open?.owner === owner) this.#open = null;
	}
}

export const intent = new FilterIntent();
