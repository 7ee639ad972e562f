import type { Filters } from '$lib/schema/filters';

/**
 * At most this many choices of a control are run ahead: a search list shows 50 at most, a
 * kecamatan list two or three dozen; a longer list narrows as the user types.
 */
export const MAX_POINTED = 50;

/**
 * The filter changes a user is about to choose from: the choices of the control they opened or
 * focused (a dropdown, a search list), as Mosaic's interactors `activate` on pointer entry so
 * their coordinator can prefetch. One control at a time; the list is cleared when it closes.
 */
class FilterIntent {
	/** The changes the open control offers, in its order (empty when none is open). */
	moves = $state.raw<Partial<Filters>[]>([]);
	#owner: string | null = null;

	/** Control `owner` is open on `moves` (its choices). */
	point(owner: string, moves: Partial<Filters>[]): void {
		this.#owner = owner;
		this.moves = moves.slice(0, MAX_POINTED);
	}

	/** Control `owner` closed (another one's list is kept). */
	leave(owner: string): void {
		if (this.#owner !== owner) return;
		this.#owner = null;
		this.moves = [];
	}
}

export const intent = new FilterIntent();
