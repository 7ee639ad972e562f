import type { Row } from '../sql';

/** Bounds of a result cache: how many statements, and how many rows in all, it keeps. */
export interface CacheLimits {
	entries: number;
	rows: number;
}

/**
 * The results of recent statements, keyed by their text (values inlined), least recently used
 * dropped first: as Mosaic's coordinator does, a filter state seen before (a kecamatan cleared
 * again, the back button, a sibling table that lists the areas of the state before a click)
 * is answered without asking the engine. The data are read-only, so a statement's result stays
 * right until the connector is replaced (an import) or `clear()` is called (a write).
 *
 * The rows are frozen: several views may hold one result, and none may change it for the others.
 */
export class ResultCache {
	readonly #map = new Map<string, readonly Row[]>();
	#rows = 0;

	constructor(private readonly limits: CacheLimits) {}

	/** The rows of `key`, now the most recently used; undefined when not kept. */
	get(key: string): Row[] | undefined {
		const rows = this.#map.get(key);
		if (rows === undefined) return undefined;
		this.#map.delete(key);
		this.#map.set(key, rows);
		return rows as Row[];
	}

	/** Keeps `rows` for `key` (frozen, returned as kept), dropping the least recently used over the limits. */
	set(key: string, rows: Row[]): Row[] {
		for (const r of rows) Object.freeze(r);
		Object.freeze(rows);
		if (rows.length > this.limits.rows) return rows;
		this.#drop(key);
		this.#map.set(key, rows);
		this.#rows += rows.length;
		for (const oldest of this.#map.keys()) {
			if (this.#map.size <= this.limits.entries && this.#rows <= this.limits.rows) break;
			this.#drop(oldest);
		}
		return rows;
	}

	/** Forgets every result (the data changed). */
	clear(): void {
		this.#map.clear();
		this.#rows = 0;
	}

	/** Statements kept. */
	get size(): number {
		return this.#map.size;
	}

	#drop(key: string): void {
		const rows = this.#map.get(key);
		if (rows === undefined) return;
		this.#map.delete(key);
		this.#rows -= rows.length;
	}
}
