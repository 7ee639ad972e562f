/** Runs `fn` when the page's thread is idle (or after `ms` at the latest). */
export function whenIdle(fn: () => void, ms = 2000): void {
	if ('requestIdleCallback' in globalThis) requestIdleCallback(fn, { timeout: ms });
	else setTimeout(fn, 200);
}
