import { untrack } from 'svelte';
import type { Connector } from '$lib/db/duckdb';
import type { Row, Sql } from '$lib/sql';
import { sqlKey } from '$lib/queries/first-view';
import { firstView } from './first-view.svelte';

/** The state of one query as the UI sees it. */
export type QueryStatus = 'idle' | 'loading' | 'ok' | 'error';
/** Where the shown data came from: computed at build time, or by the engine in the browser. */
export type QuerySource = 'prerendered' | 'engine';

/** Runs a query for a component; a newer run makes older results stale so they are dropped. */
export class QueryState<T = Row[]> {
	status = $state<QueryStatus>('idle');
	data = $state.raw<T | null>(null);
	error = $state<string | null>(null);
	source = $state<QuerySource | null>(null);
	/** Increases with every finished run; tests and benchmarks wait on it. */
	generation = $state(0);
	#ticket = 0;
	#abort: AbortController | null = null;
	/** Key of the statement whose build-time result is shown (the engine re-runs it quietly). */
	#prerendered: string | null = null;

	constructor(
		private name: string,
		private shape: (rows: Row[]) => T = (rows) => rows as T
	) {}

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
		const ticket = ++this.#ticket;
		this.#abort?.abort();
		const key = sqlKey(q);
		if (!db) {
			const rows = firstView.rows(q);
			if (rows) {
				this.#prerendered = key;
				this.data = this.shape(rows);
				this.source = 'prerendered';
				this.status = 'ok';
				this.generation++;
			} else {
				this.#prerendered = null;
				this.status = 'loading';
			}
			return;
		}
		const abort = (this.#abort = new AbortController());
		const quiet = this.#prerendered === key && this.status === 'ok';
		this.#prerendered = null;
		if (!quiet) this.status = 'loading';
		const start = performance.now();
		try {
			const rows = await db.query(q.sql, q.params, {
				signal: abort.signal,
				label: this.name,
				raw: q.raw
			});
			if (ticket !== this.#ticket) return;
			this.data = this.shape(rows);
			this.error = null;
			this.source = 'engine';
			this.status = 'ok';
			performance.measure(`jb:${this.name}`, { start, end: performance.now() });
		} catch (e) {
			if (ticket !== this.#ticket) return;
			this.error = e instanceof Error ? e.message : String(e);
			this.status = 'error';
		}
		this.generation++;
	}
}
