import type { QuerySource, QueryStatus, QueryView } from './query.svelte';

type Data<Q> = { [K in keyof Q]: Q[K] extends QueryView<infer T> ? T : never };

/**
 * Several queries seen as one (a page that shows nothing until all have answered, like the
 * report): an error if any failed (retry re-runs the failed ones), loading until every one has
 * data, ready with all their data, empty only when every one is empty, idle if any is idle.
 */
export class QueryGroup<Q extends Record<string, QueryView<unknown>>> implements QueryView<
	Data<Q>
> {
	constructor(private readonly queries: Q) {}

	#all = () => Object.values(this.queries);

	status: QueryStatus = $derived.by(() => {
		const s = this.#all().map((q) => q.status);
		if (s.includes('error')) return 'error';
		if (s.includes('idle')) return 'idle';
		if (s.includes('loading')) return 'loading';
		return s.every((x) => x === 'empty') ? 'empty' : 'ok';
	});
	data: Data<Q> | null = $derived.by(() => {
		const qs = Object.entries(this.queries);
		if (qs.some(([, q]) => q.data === null)) return null;
		return Object.fromEntries(qs.map(([k, q]) => [k, q.data])) as Data<Q>;
	});
	error: string | null = $derived(
		this.#all()
			.map((q) => q.error)
			.filter(Boolean)
			.join('; ') || null
	);
	source: QuerySource | null = $derived.by(() => {
		const s = this.#all().map((q) => q.source);
		if (s.includes(null)) return null;
		return s.every((x) => x === 'engine') ? 'engine' : 'prerendered';
	});
	generation: number = $derived(this.#all().reduce((n, q) => n + q.generation, 0));

	/** Runs every failed query again. */
	retry(): void {
		for (const q of this.#all()) if (q.status === 'error') q.retry();
	}
}
