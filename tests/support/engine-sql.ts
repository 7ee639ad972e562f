import { tableFromIPC } from 'apache-arrow';
import type { Page } from 'playwright-core';

/**
 * Runs SQL in the page's own duckdb-wasm worker (the engine the pages query), on a connection of
 * its own: the request goes in through the worker's message handler and its answer (Arrow IPC) is
 * taken out of the worker's `postMessage`. For tests that must see what reached DuckDB.
 */
export async function engineQuery(page: Page, sql: string): Promise<Record<string, unknown>[]> {
	// The engine's worker runs from a blob URL: every worker is asked, the newest first; only
	// duckdb-wasm's answers (the others have no such handler, or are gone).
	for (const w of page.workers().reverse()) {
		const bytes = await w
			.evaluate(async (sql) => {
				type Msg = { requestId?: number; type: string; data: unknown };
				const g = self as unknown as {
					postMessage: (m: Msg, t?: Transferable[]) => void;
					onmessage: (e: { data: unknown }) => Promise<void>;
				};
				let next = 2 ** 30;
				const send = (type: string, data: unknown) =>
					new Promise<unknown>((resolve, reject) => {
						const id = next++;
						const post = g.postMessage;
						g.postMessage = (m, t) => {
							if (m?.requestId !== id) return post.call(g, m, t);
							g.postMessage = post;
							if (m.type === 'ERROR') reject(new Error(JSON.stringify(m.data)));
							else resolve(m.data);
						};
						void g.onmessage({ data: { messageId: id, type, data } });
					});
				const conn = await send('CONNECT', null);
				const result = (await send('RUN_QUERY', [conn, sql])) as Uint8Array;
				await send('DISCONNECT', conn);
				return Array.from(result);
			}, sql)
			.catch(() => null);
		if (bytes)
			return tableFromIPC(Uint8Array.from(bytes))
				.toArray()
				.map((r) => r.toJSON());
	}
	throw new Error('no duckdb-wasm worker of the page answered');
}
