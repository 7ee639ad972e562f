import type { Row } from '../sql';
import type { Connector } from './duckdb';
import { inlineParams } from './inline';
import { stackByName, type Lane, type LaneResult } from './lane';
import { ResultCache } from './result-cache';

/**
 * What the connector keeps of recent results: a page's statements return dozens to a few
 * thousand rows (the map's villages); 200,000 rows in all is a few MB. A change runs a dozen
 * statements ahead, so the states seen before need room beside them: 160 statements.
 */
const CACHE_LIMITS = { entries: 160, rows: 200_000 };
/**
 * How long after the page's last statement (asked or answered) one may run ahead of time: a page
 * still loading its panels, or a user clicking on, keeps both engines for itself.
 */
export const QUIET_MS = 500;

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
	/** The lane running a statement ahead of time (one at most): the user's go to the others. */
	let ahead: Lane | null = null;
	/** Statements running ahead of time, by text: a query of one waits for it, not runs it again. */
	const running = new Map<string, Promise<Row[]>>();
	/** Counts writes: a result computed before one is not kept. */
	let epoch = 0;
	/** When the page's last statement was asked or answered, and how many are in the engines. */
	let lastAsked = -Infinity;
	let asking = 0;
	const quiet = () => asking === 0 && performance.now() - lastAsked >= QUIET_MS;
	const runParts = async (
		texts: string[],
		usable: readonly Lane[],
		signal?: AbortSignal
	): Promise<LaneResult> => {
		const used = new Set<Lane>();
		const runs = texts.map((t) => {
			const lane = used.size < usable.length ? leastBusy(usable, used) : leastBusy(usable);
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
			lastAsked = performance.now();
			const kept = cache.get(text);
			const start = performance.now();
			if (kept) {
				const at = { start, end: performance.now(), detail: { cached: true } };
				performance.measure(`jb:rows:${label}`, at);
				performance.measure(`jb:sql:${label}`, at);
				return kept;
			}
			// A failure ahead of time is not this query's: it then runs the statement itself.
			const early = await running.get(text)?.catch(() => null);
			if (early) {
				const at = { start, end: performance.now(), detail: { lanes: 1, ahead: true } };
				performance.measure(`jb:rows:${label}`, { ...at, start: at.end });
				performance.measure(`jb:sql:${label}`, at);
				return early;
			}
			const open = lanes.filter((l) => l !== ahead);
			const usable = open.length > 0 ? open : lanes;
			const apart = opts.parts && opts.parts.length > 1 && usable.length > 1;
			const texts = apart ? opts.parts!.map((p) => inlineParams(p.sql, p.params)) : [text];
			const at = epoch;
			asking++;
			const { rows, rowsMs, startedAt } = await runParts(texts, usable, opts.signal).finally(() => {
				asking--;
				lastAsked = performance.now();
			});
			const end = performance.now();
			// The statement's time in the engines, from its turn (not its wait in the queue).
			const detail = { lanes: texts.length };
			performance.measure(`jb:rows:${label}`, { start: end - rowsMs, end, detail });
			performance.measure(`jb:sql:${label}`, { start: startedAt, end, detail });
			return at === epoch ? cache.set(text, rows) : rows;
		},
		prefetch: async (sql, params = [], opts = {}) => {
			const text = inlineParams(sql, params);
			if (cache.get(text) !== undefined) return true;
			// Only with two engines, on one with nothing to do, one at a time and when the page is
			// quiet: the user's next statement finds the other engine free, and this one busy for
			// one statement at most. With one engine, the next click would wait behind it.
			const lane = lanes.find((l) => l.busy === 0);
			if (lanes.length < 2 || !lane || ahead || !quiet()) return false;
			ahead = lane;
			const at = epoch;
			const start = performance.now();
			// Not aborted by the page once started: a change may be waiting for this very result.
			const run = retry(() => lane.run(text)).then(({ rows }) =>
				at === epoch ? cache.set(text, rows) : rows
			);
			running.set(text, run);
			try {
				await run;
				performance.measure(`jb:ahead:${opts.label ?? 'query'}`, { start, end: performance.now() });
				return true;
			} finally {
				ahead = null;
				running.delete(text);
			}
		},
		exec: async (sql) => {
			epoch++;
			cache.clear();
			running.clear();
			await Promise.all(lanes.map((l) => l.serial(() => l.conn.query(sql))));
		}
	};
}
