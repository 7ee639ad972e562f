import { untrack } from 'svelte';
import type { Connector } from '$lib/db/duckdb';
import type { Row, Sql } from '$lib/sql';
import { sqlKey } from '$lib/queries/first-view';
import { firstView } from './first-view.svelte';

/**
 * The state of one query as the UI sees it: `idle` (nothing to ask: the declaration returned
 * null), `loading`, `ok` (ready, with data), `empty` (ready, nothing to show) or `error`.
 */
export type QueryStatus = 'idle' | 'loading' | 'ok' | 'empty' | 'error';
/** Where the shown data came from: computed at build time, or by the engine in the browser. */
export type QuerySource = 'prerendered' | 'engine';

/** What a query boundary reads: one query, or several combined. */
export interface QueryView<T> {
	readonly status: QueryStatus;
	readonly data: T | null;
	readonly error: string | null;
	/** Increases with every finished run; tests and benchmarks wait on it. */
	readonly generation: number;
	/** Where the shown data came from (a group: the engine only when every member's did). */
	readonly source: QuerySource | null;
	/** Runs the failed query again. */
	retry(): void;
}

/** How a query's rows become what the page shows, and when they count as empty. */
export interface QueryShape<T> {
	shape?: (rows: Row[]) => T;
	empty?: (data: T) => boolean;
}

/** Runs a query; a newer run aborts the older one and makes its result stale, so it is dropped. */
export class QueryState<T = Row[]> implements QueryView<T> {
	status = $state<QueryStatus>('idle');
	data = $state.raw<T | null>(null);
	error = $state<string | null>(null);
	source = $state<QuerySource | null>(null);
	generation = $state(0);
	#ticket = 0;
	#abort: AbortController | null = null;
	#last: { db: Connector | null; q: Sql } | null = null;
	/** Key of the statement whose build-time result is shown (the engine re-runs it quietly). */
	#prerendered: string | null = null;
	readonly #shape: (rows: Row[]) => T;
	readonly #empty: (data: T) => boolean;

	constructor(
		private name: string,
		{ shape = (rows) => rows as T, empty = () => false }: QueryShape<T> = {}
	) {
		this.#shape = shape;
		this.#empty = empty;
	}

	/**
	 * Runs `q` on `db`; marks `jb:<name>` in the performance timeline. Before the engine is ready
	 * (`db` null) it shows the build-time result of `q` when there is one, else waits (loading).
	 * The engine then re-runs a prerendered statement without a loading state: same figures.
	 */
	run(db: Connector | null, q: Sql): Promise<void> {
		// Called from effects: reading this state here must not make the effect depend on it.
		return untrack(() => this.#run(db, q));
	}

	async #run(db: Connector | null, q: Sql): Promise<void> {
		const ticket = this.#supersede();
		this.#last = { db, q };
		if (!db) {
			const rows = firstView.rows(q);
			if (rows) {
				this.#prerendered = sqlKey(q);
				this.#show(this.#shape(rows), 'prerendered');
				this.generation++;
			} else {
				this.#prerendered = null;
				this.status = 'loading';
			}
			return;
		}
		const abort = (this.#abort = new AbortController());
		// The key (a hash of the whole statement) only while a build-time result is shown.
		const quiet =
			this.#prerendered !== null && this.status !== 'loading' && this.#prerendered === sqlKey(q);
		this.#prerendered = null;
		if (!quiet) this.status = 'loading';
		const start = performance.now();
		try {
			const rows = await db.query(q.sql, q.params, {
				signal: abort.signal,
				label: this.name,
				parts: q.parts
			});
			if (ticket !== this.#ticket) return;
			this.#show(this.#shape(rows), 'engine');
			performance.measure(`jb:${this.name}`, { start, end: performance.now() });
		} catch (e) {
			if (ticket !== this.#ticket) return;
			this.error = e instanceof Error ? e.message : String(e);
			this.status = 'error';
		}
		this.generation++;
	}

	#show(data: T, source: QuerySource): void {
		this.data = data;
		this.error = null;
		this.source = source;
		this.status = this.#empty(data) ? 'empty' : 'ok';
	}

	/** Nothing to ask: drops any running query and its data. */
	idle(): void {
		this.#supersede();
		this.#last = this.#prerendered = null;
		this.data = this.error = this.source = null;
		this.status = 'idle';
	}

	/** Runs the last query again (after an error). */
	retry(): void {
		if (this.#last) void this.run(this.#last.db, this.#last.q);
	}

	/** Aborts the running query (it is skipped if it has not reached the worker) and outdates it. */
	#supersede(): number {
		this.#abort?.abort();
		this.#abort = null;
		return ++this.#ticket;
	}
}

/**
 * Brings a query in line with its sources: a null statement makes it idle; otherwise the
 * statement runs (before the engine is ready: its build-time result, or loading).
 */
export function syncQuery<T>(query: QueryState<T>, db: Connector | null, q: Sql | null): void {
	if (q === null) untrack(() => query.idle());
	else void query.run(db, q);
}

/**
 * Drives a query from reactive sources: whenever the connector or the declared statement changes,
 * `syncQuery` runs again. Call during component initialisation.
 */
export function driveQuery<T>(
	query: QueryState<T>,
	db: () => Connector | null,
	declare: () => Sql | null,
	pre = false
): void {
	const effect = () => syncQuery(query, db(), declare());
	if (pre) $effect.pre(effect);
	else $effect(effect);
}

/**
 * A declaration and a shaping that share the value the statement was declared for (`of()`):
 * an answer is shaped only while its run is the latest (an older one is dropped), so with the
 * value of its own declaration.
 */
export function declaredWith<F, T>(
	of: () => F,
	declare: (of: F) => Sql | null,
	shape: (rows: Row[], of: F) => T
): { declare: () => Sql | null; shape: (rows: Row[]) => T } {
	let asked: F;
	return { declare: () => declare((asked = of())), shape: (rows) => shape(rows, asked) };
}
