import type { Row, Sql } from '$lib/sql';
import { engine } from './engine.svelte';
import { driveQuery, QueryState, type QueryShape } from './query.svelte';

/** Options of a page's query: its shaping, and `pre` to queue it before child components' queries. */
export interface PageQueryOptions<T> extends QueryShape<T> {
	pre?: boolean;
}

/**
 * One declaration per query on a page: `pageQuery('overview', () => overviewQuery(filters.resolved),
 * { shape: splitOverview })`. The statement re-runs whenever what `declare` reads changes; the
 * engine wait, staleness, abort, idle (`declare` returns null), errors and retry are handled here.
 * Call during component initialisation.
 */
export function pageQuery<T = Row[]>(
	name: string,
	declare: () => Sql | null,
	opts: PageQueryOptions<T> = {}
): QueryState<NoInfer<T>> {
	const query = new QueryState<T>(name, opts);
	driveQuery(query, () => engine.db, declare, opts.pre);
	return query;
}
