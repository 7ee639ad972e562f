import type { Row, Sql } from '$lib/sql';
import { engine } from './engine.svelte';
import { declaredWith, driveQuery, QueryState, type QueryShape } from './query.svelte';

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

/** Options of `pageQueryOf`: its shaping sees the value the rows were computed for. */
export interface PageQueryOfOptions<F, T> extends Omit<PageQueryOptions<T>, 'shape'> {
	shape: (rows: Row[], of: F) => T;
}

/**
 * A page query whose data are shaped with the value they were computed for (`of()`, read when
 * the statement is declared): a panel that draws its data with its filters (a period's partial
 * months, the level of an area table, a map's shapes) then draws a change once, when its data
 * come, instead of also before, mixing the new filters with the old data.
 */
export function pageQueryOf<F, T>(
	name: string,
	of: () => F,
	declare: (of: F) => Sql | null,
	{ shape, ...opts }: PageQueryOfOptions<F, T>
): QueryState<NoInfer<T>> {
	const d = declaredWith(of, declare, shape);
	return pageQuery(name, d.declare, { ...opts, shape: d.shape });
}
