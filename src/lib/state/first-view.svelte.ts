import { asset } from '$app/paths';
import { hasImport } from '$lib/import/browser/store';
import type { Row, Sql } from '$lib/sql';
import { sqlKey, type FirstViewPage } from '$lib/queries/first-view';
import { firstViewSchema, unpackRows, type PackedRows } from '$lib/schema/first-view';

/**
 * Results of the page's default view computed at build time (`data/view/<page>.json`): shown at
 * once while duckdb-wasm loads, found by the key of the statement the page builds.
 */
class FirstView {
	/** Whether the file arrived (then options and default results can be shown). */
	loaded = $state(false);
	#results = new Map<string, PackedRows>();
	#loading = new Map<FirstViewPage, Promise<boolean>>();

	/** Fetches the page's file once; resolves false when there is none (pages then wait for the engine). */
	load(page: FirstViewPage | null): Promise<boolean> {
		if (!page) return Promise.resolve(false);
		const started = this.#loading.get(page);
		if (started) return started;
		const loading = (async () => {
			try {
				// Imported data on this device replaces the site's: its figures are not these.
				if (await hasImport()) return false;
				const res = await fetch(asset(`/data/view/${page}.json`));
				if (!res.ok) return false;
				const file = firstViewSchema.parse(await res.json());
				for (const [k, v] of Object.entries(file.results)) this.#results.set(k, v);
				performance.mark('jb:first-view-fetched');
				return (this.loaded = true);
			} catch {
				return false; // the engine will answer instead
			}
		})();
		this.#loading.set(page, loading);
		return loading;
	}

	/** The options' results, for `options.from` (rejects when the file had none). */
	run = async (q: Sql): Promise<Row[]> => {
		const rows = this.rows(q);
		if (!rows) throw new Error('no build-time result');
		return rows;
	};

	/** The build-time result of `q`, when it is one of the default view's statements. */
	rows(q: Sql): Row[] | undefined {
		const packed = this.#results.get(sqlKey(q));
		return packed ? unpackRows(packed) : undefined;
	}
}

/** The page of a route whose default view is prerendered, if any. */
export function firstViewPage(routeId: string | null): FirstViewPage | null {
	if (routeId === '/') return 'overview';
	if (routeId === '/agencies') return 'agencies';
	if (routeId === '/report') return 'report';
	if (routeId === '/requests') return 'requests';
	if (routeId === '/proposals') return 'proposals';
	if (routeId === '/aid') return 'aid';
	return null;
}

/** The app's first view. */
export const firstView = new FirstView();
