/** What the page reports for one filter change. */
export interface ChangeTiming {
	/** From the user's event (change / click) to the new `data-generation` with status ok. */
	latencyMs: number;
	/** The `jb:sql:overview` measure of that run: the query alone, in the worker. */
	queryMs: number;
	/** `jb:sql:overview` measures added by the change (1 when the change ran exactly one query). */
	runs: number;
	/** From the user's event to the start of that query (navigation, effects, the query queue). */
	beforeMs: number;
	/** Of `queryMs`, the conversion of the Arrow result to plain rows (`jb:rows:overview`). */
	rowsMs: number;
	/** From the end of the query to the new generation in the DOM (shaping, Svelte update). */
	afterMs: number;
	/** The connector answered from a result it kept (a filter state seen before): no engine run. */
	cached: boolean;
}

/** The in-page probe, as `window.__jbBench`. */
export interface Probe {
	/** Starts watching for the next change; `wait()` rejects after `timeoutMs`. */
	arm(timeoutMs: number): void;
	wait(): Promise<ChangeTiming>;
}

/**
 * tsx (esbuild `keepNames`) wraps named functions in `__name(...)`; functions passed to
 * `page.evaluate` are serialized, so the page needs a no-op `__name`. Add as an init script.
 */
export const keepNamesShim = 'globalThis.__name ??= (f) => f;';

/**
 * Installs `window.__jbBench` in the page (run with `page.evaluate`). `arm()` notes the
 * current generation and starts listening; the first act after it (a choice, a click, Enter) is t0, and the
 * MutationObserver that sees a higher `data-generation` with `data-status=ok` is t1.
 */
export function installProbe(): void {
	let done: Promise<ChangeTiming> | null = null;
	const measures = () => performance.getEntriesByName('jb:sql:overview', 'measure');
	const last = (name: string) => performance.getEntriesByName(name, 'measure').at(-1);
	const probe: Probe = {
		arm(timeoutMs) {
			const boundary = document.querySelector<HTMLElement>('.boundary');
			if (!boundary) throw new Error('no .boundary on the page');
			const gen0 = Number(boundary.dataset.generation);
			const runs0 = measures().length;
			let t0 = NaN;
			// The user's act: a choice (change), a click on a button or option, Enter in a date
			// field. Opening a search list (a click on its text field) is not one.
			const onEvent = (e: Event) => {
				const t = e.target as HTMLElement | null;
				if (e.type === 'click' && t?.getAttribute('role') === 'combobox') return;
				if (e.type === 'keydown' && (e as KeyboardEvent).key !== 'Enter') return;
				if (Number.isNaN(t0)) t0 = performance.now();
			};
			const kinds = ['change', 'click', 'keydown'];
			for (const k of kinds) window.addEventListener(k, onEvent, true);
			done = new Promise<ChangeTiming>((resolve, reject) => {
				const timer = setTimeout(() => {
					observer.disconnect();
					reject(new Error(`no finished overview run within ${timeoutMs} ms`));
				}, timeoutMs);
				const observer = new MutationObserver(() => {
					const b = document.querySelector<HTMLElement>('.boundary');
					if (!b || Number(b.dataset.generation) <= gen0 || b.dataset.status === 'loading') return;
					const t1 = performance.now();
					clearTimeout(timer);
					observer.disconnect();
					for (const k of kinds) window.removeEventListener(k, onEvent, true);
					if (b.dataset.status !== 'ok') {
						reject(new Error(`overview ended with status ${b.dataset.status}: ${b.textContent}`));
						return;
					}
					const all = measures();
					const q = all[all.length - 1];
					const start = q?.startTime ?? NaN;
					const duration = q?.duration ?? NaN;
					const detail = (q as PerformanceMeasure | undefined)?.detail as {
						cached?: boolean;
					} | null;
					resolve({
						latencyMs: t1 - t0,
						queryMs: duration,
						runs: all.length - runs0,
						beforeMs: start - t0,
						rowsMs: last('jb:rows:overview')?.duration ?? NaN,
						afterMs: t1 - (start + duration),
						cached: detail?.cached === true
					});
				});
				observer.observe(document.body, {
					subtree: true,
					attributes: true,
					attributeFilter: ['data-generation', 'data-status']
				});
			});
		},
		wait() {
			if (!done) throw new Error('probe not armed');
			return done;
		}
	};
	(window as unknown as { __jbBench: Probe }).__jbBench = probe;
}
