import type { Connector } from '$lib/db/duckdb';
import type { Row, Sql } from '$lib/sql';

/** The state of one query as the UI sees it. */
export type QueryStatus = 'idle' | 'loading' | 'ok' | 'error';

/** Runs a query for a component; a newer run makes older results stale so they are dropped. */
export class QueryState<T = Row[]> {
	status = $state<QueryStatus>('idle');
	data = $state.raw<T | null>(null);
	error = $state<string | null>(null);
	/** Increases with every finished run; tests and benchmarks wait on it. */
	generation = $state(0);
	#ticket = 0;
	#abort: AbortController | null = null;

	constructor(
		private name: string,
		private shape: (rows: Row[]) => T = (rows) => rows as T
	) {}

	/** Runs `q` on `db`; marks `jb:<name>` in the performance timeline. */
	async run(db: Connector, q: Sql): Promise<void> {
		const ticket = ++this.#ticket;
		this.#abort?.abort();
		const abort = (this.#abort = new AbortController());
		this.status = 'loading';
		const start = performance.now();
		try {
			const rows = await db.query(q.sql, q.params, { signal: abort.signal, label: this.name });
			if (ticket !== this.#ticket) return;
			this.data = this.shape(rows);
			this.error = null;
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
