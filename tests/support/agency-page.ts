import type { Page } from 'playwright-core';

/** Screenshots and PDFs of the browser tests (git-ignored). */
export const ARTIFACTS = 'tests/.artifacts';

/** Waits until the query boundary inside `[data-query=name]` shows a loaded result. */
export async function loaded(page: Page, name: string): Promise<void> {
	await page.waitForSelector(`[data-query="${name}"] > .boundary[data-status="ok"]`, {
		timeout: 90_000
	});
}
