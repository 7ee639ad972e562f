import type { ResolvedFilters } from '$lib/schema/filters';
import type { Sql } from '$lib/sql';
import { runAheadWhenStill, STILL_MS } from './ahead.svelte';
import { filters } from './filters.svelte';
import { likelyMoves } from './filter-moves';
import { intent } from './intent.svelte';
import { options } from './options.svelte';

/**
 * Runs a filtered page's statements ahead for the changes a user is likely to make next: the
 * choices of the filter control they opened (at once), then up a level, a period button, another
 * program (once the page is still). `statements` are the page's own builders, given the filters
 * each change would make (`FilterState.resolvedAfter`), so a statement run ahead is the one the
 * change asks for. `also` reads what else the builders read from the page (a breakdown, a year
 * shown): when it changes, they run again. Call during component initialisation; `label` names
 * the marks.
 */
export function runFilterChangesAhead(
	label: string,
	statements: ((f: ResolvedFilters) => Sql | null)[],
	also: () => unknown = () => null
): void {
	runAheadWhenStill(
		label,
		() => [filters.resolved, intent.moves, also()],
		() =>
			[...intent.moves, ...likelyMoves(filters.applied, options)].flatMap((move) =>
				statements.map((build) => ({ move, build }))
			),
		({ move, build }) => build(filters.resolvedAfter(move)),
		() => (intent.moves.length > 0 ? 0 : STILL_MS)
	);
}
