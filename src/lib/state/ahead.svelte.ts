import type { Connector } from '$lib/db/duckdb';
import { whenIdle } from '$lib/db/idle';
import type { Sql } from '$lib/sql';
import { engine } from './engine.svelte';

/** How long after a change to build its likely next statements (they are asked when quiet). */
export const STILL_MS = 300;
/** How long to wait before asking again when the engines were busy or the page not quiet. */
const BUSY_MS = 100;
/** How many times to ask per statement before giving up on the rest (about 5 s). */
const BUSY_TRIES = 50;

const idle = () => new Promise<void>((r) => whenIdle(r, 1000));
const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs a page's likely next statements ahead of time, as Mosaic's coordinator prefetches on a
 * control's activation: `STILL_MS` after a change of what `key()` reads (the filters), each
 * statement of `declare()` runs in turn when the page's thread is idle and the connector lets it
 * (an engine free, no statement of the page's own for a while: `QUIET_MS`), and its result is
 * kept by the connector, so the change that asks for it is answered at once. The statements are
 * built then, not during the change's update. A new change stops the rest. Call during component initialisation.
 */
export function runAheadWhenStill(label: string, key: () => unknown, declare: () => Sql[]): void {
	$effect(() => {
		const db = engine.db;
		key();
		if (!db?.prefetch) return;
		const stop = new AbortController();
		const timer = setTimeout(() => void runAhead(db, declare(), label, stop.signal), STILL_MS);
		return () => {
			clearTimeout(timer);
			stop.abort();
		};
	});
}

async function runAhead(db: Connector, statements: Sql[], label: string, signal: AbortSignal) {
	for (const q of statements) {
		for (let tries = 0; ; tries++) {
			await idle();
			if (signal.aborted || tries === BUSY_TRIES) return;
			// A statement that fails ahead of time is not kept; the change that asks for it runs
			// it again and shows its error.
			const kept = await db.prefetch!(q.sql, q.params, { label, signal, parts: q.parts }).catch(
				() => true
			);
			if (kept) break;
			await pause(BUSY_MS);
		}
	}
	performance.mark(`jb:ahead-done:${label}`);
}
