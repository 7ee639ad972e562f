import type { Connector } from '$lib/db/duckdb';
import { whenIdle } from '$lib/db/idle';
import type { Sql } from '$lib/sql';
import { engine } from './engine.svelte';

/** How long after a change to start on its likely next statements (asked when quiet). */
export const STILL_MS = 300;
/** How long to wait before asking again when the engines were busy or the page not quiet. */
const BUSY_MS = 100;
/** How many times to ask per statement before giving up on the rest (10 s or more). */
const BUSY_TRIES = 100;
/**
 * At most this many statements ahead per change or opened control: the background work stays
 * bounded (an open list's choices, then the likely changes as far as they fit), and the runs of a
 * change and of the control opened after it fit together in what the connector keeps (160
 * results; a page's further runs under another label, such as the compare page's six likely
 * added areas, start only once these are in and are few). Moves whose statement is none (a panel
 * the change would hide) or one asked before do not count.
 */
const MAX_AHEAD = 80;

const idle = () => new Promise<void>((r) => whenIdle(r, 1000));
const pause = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Whether the user asked the browser to save data (and, with it, work done for maybe). */
function savesData(): boolean {
	const c = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
	return c?.saveData === true;
}

/**
 * Runs a page's likely next statements ahead of time, as Mosaic's coordinator prefetches on a
 * control's activation: `STILL_MS` after a change of what `key()` reads (the filters), for each
 * of `moves()` (most likely first) the statement it would ask (`statement`, built just before it
 * runs, in idle time) runs when the page's thread is idle and the connector lets it (two
 * engines, one free, no statement of the page's own in the engines or lately: `QUIET_MS`); the
 * connector keeps its result, so the change that asks for it is answered at once. A new change
 * stops the rest; a hidden page, or a browser saving data, runs nothing ahead. `stillMs` may
 * shorten the wait (a control the user opened: the choice comes soon); with 0, the statements
 * follow each other at once instead of in idle time. Call during component initialisation.
 */
export function runAheadWhenStill<M>(
	label: string,
	key: () => unknown,
	moves: () => M[],
	statement: (move: M) => Sql | null,
	stillMs: () => number = () => STILL_MS
): void {
	$effect(() => {
		const db = engine.db;
		key();
		const wait = stillMs();
		if (!db?.prefetch || savesData()) return;
		const stop = new AbortController();
		// Chromium holds idle callbacks back for about half a second after a key or click: while a
		// control is open, its choices (and the likely changes after them) cannot wait for them
		// (the user may pick in a few hundred ms).
		const turn = wait === 0 ? () => pause(0) : idle;
		const start = () => {
			// Nothing likely yet (a page waiting for its data to offer any): no run, no mark.
			const ms = moves();
			if (ms.length > 0) void runAhead(db, ms, statement, { label, turn }, stop.signal);
		};
		const timer = setTimeout(start, wait);
		return () => {
			clearTimeout(timer);
			stop.abort();
		};
	});
}

async function runAhead<M>(
	db: Connector,
	moves: M[],
	statement: (move: M) => Sql | null,
	{ label, turn }: { label: string; turn: () => Promise<void> },
	signal: AbortSignal
) {
	// Moves often ask the same statement (every village of a kecamatan, for a map that keeps
	// its siblings): each is run once and counted once.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- local to one run, not state
	const asked = new Set<string>();
	for (const m of moves) {
		if (asked.size === MAX_AHEAD) break;
		if (signal.aborted || document.hidden) return;
		const q = statement(m);
		if (!q) continue;
		const text = JSON.stringify([q.sql, q.params]);
		if (asked.has(text)) continue;
		asked.add(text);
		await turn();
		if (signal.aborted || document.hidden) return;
		for (let tries = 0; ; tries++) {
			// A statement that fails ahead of time is not kept; the change that asks for it runs
			// it again and shows its error.
			const kept = await db.prefetch!(q.sql, q.params, { label, signal }).catch(() => true);
			if (kept) break;
			if (tries === BUSY_TRIES) return;
			await pause(BUSY_MS);
			await turn();
			if (signal.aborted || document.hidden) return;
		}
	}
	performance.mark(`jb:ahead-done:${label}`);
}
