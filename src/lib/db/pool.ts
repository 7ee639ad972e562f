import type { Row } from '../sql';
import type { Connector } from './duckdb';
import { inlineParams } from './inline';
import { stackByName, type Lane, type LaneResult } from './lane';
import { ResultCache } from './result-cache';

/**
 * What the connector keeps of recent results: a page's statements return dozens to a few
 * thousand rows (the map's villages); 64 statements and 200,000 rows in all is a few MB.
 */
const CACHE_LIMITS = { entries: 64, rows: 200_000 };

/** Runs a statement again when it failed for a reason that passes (the second file not yet in). */
export type Retry = (run: () => Promise<LaneResult>) => Promise<LaneResult>;

/** The lane with the fewest statements waiting (the first on a tie); `skip` ones excluded. */
function leastBusy(lanes: readonly Lane[], skip: ReadonlySet<Lane> = new Set()): Lane {
	let best = lanes[0]!;
	for (const l of lanes) if (!skip.has(l) && (skip.has(best) || l.busy < best.busy)) best = l;
	return best;
}

/**
 * The connector over one or more engines (`lanes`, which may grow: the helper joins later). A
 * statement goes to the least busy engine; one given as `parts` runs them on different engines
 * side by side and stacks their rows. Results of recent statements are kept: a filter state seen
 * before is answered at once (as Mosaic's coordinator keeps query results), and the rows are
 * frozen, so no view changes them for another. The data are read-only: a result stays right
 * until the connector is replaced (an import) or `exec` writes.
 */
export function pool(lanes: Lane[], retry: Retry): Connector {
	const cache = new ResultCache(CACHE_LIMITS);
	const runParts = async (texts: string[], signal?: AbortSignal): Promise<LaneResult> => {
		const used = new Set<Lane>();
		const runs = texts.map((t) => {
			const lane = used.size < lanes.length ? leastBusy(lanes, used) : leastBusy(lanes);
			used.add(lane);
			return retry(() => lane.run(t, signal));
		});
		const results = await Promise.all(runs);
		return {
			rows: stackByName(results.map((r) => r.rows)),
			rowsMs: results.reduce((s, r) => s + r.rowsMs, 0),
			startedAt: Math.min(...results.map((r) => r.startedAt))
		};
	};
	return {
		query: async (sql, params = [], opts = {}) => {
			const text = inlineParams(sql, params);
			const label = opts.label ?? 'query';
			const kept = cache.get(text);
			const start = performance.now();
			if (kept) {
				const at = { start, end: performance.now(), detail: { cached: true } };
				performance.measure(`jb:rows:${label}`, at);
				performance.measure(`jb:sql:${label}`, at);
				return kept;
			}
			const apart = opts.parts && opts.parts.length > 1 && lanes.length > 1;
			const texts = apart ? opts.parts!.map((p) => inlineParams(p.sql, p.params)) : [text];
			const { rows, rowsMs, startedAt } = await runParts(texts, opts.signal);
			const end = performance.now();
			// The statement's time in the engines, from its turn (not its wait in the queue).
			const detail = { lanes: texts.length };
			performance.measure(`jb:rows:${label}`, { start: end - rowsMs, end, detail });
			performance.measure(`jb:sql:${label}`, { start: startedAt, end, detail });
			return cache.set(text, rows) as Row[];
		},
		exec: async (sql) => {
			cache.clear();
			await Promise.all(lanes.map((l) => l.serial(() => l.conn.query(sql))));
		}
	};
}
