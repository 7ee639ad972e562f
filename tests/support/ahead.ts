import type { Page } from 'playwright-core';

/** Waits until the page's `label` has run its likely changes ahead `n` times in all. */
export async function aheadDone(page: Page, label: string, n = 1): Promise<void> {
	await page.waitForFunction(() => performance.getEntriesByName('jb:helper-ready').length > 0);
	await page.waitForFunction(
		([l, k]) => performance.getEntriesByName(`jb:ahead-done:${l}`).length >= k,
		[label, n] as const,
		{ timeout: 60_000 }
	);
}

/** How the last run of each of `labels` went: `{ lanes }` in the engines, or `{ cached: true }`. */
export function lastRuns(page: Page, labels: string[]): Promise<unknown[]> {
	return page.evaluate(
		(ls) =>
			ls.map(
				(l) =>
					(performance.getEntriesByName(`jb:sql:${l}`, 'measure') as PerformanceMeasure[]).at(-1)
						?.detail as unknown
			),
		labels
	);
}

/** Acts, then waits until each of `labels` has run again (its new result given to the page). */
export async function afterRuns(
	page: Page,
	labels: string[],
	act: () => Promise<unknown>
): Promise<void> {
	const count = () =>
		page.evaluate(
			(ls) => ls.map((l) => performance.getEntriesByName(`jb:sql:${l}`, 'measure').length),
			labels
		);
	const before = await count();
	await act();
	await page.waitForFunction(
		([ls, b]) =>
			ls.every((l, i) => performance.getEntriesByName(`jb:sql:${l}`, 'measure').length > b[i]!),
		[labels, before] as const
	);
}

/**
 * Once the page's `label` has run ahead `after` times, focuses the dropdown `name` and waits for
 * its choices to run ahead; returns the value of its last choice.
 */
export async function focusLastChoice(
	page: Page,
	label: string,
	name: string,
	after: number
): Promise<string> {
	await aheadDone(page, label, after);
	await page.focus(`select[name=${name}]`);
	await aheadDone(page, label, after + 1);
	return page.$$eval(`select[name=${name}] option`, (os) => (os.at(-1) as HTMLOptionElement).value);
}
