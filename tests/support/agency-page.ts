import type { Browser, Page } from 'playwright-core';

/** Screenshots and PDFs of the browser tests (git-ignored). */
export const ARTIFACTS = 'tests/.artifacts';

/** Opens a page at ~1400 px wide that records console and page errors. */
export async function openAt(
	browser: Browser,
	url: string
): Promise<{ page: Page; errors: string[] }> {
	const context = await browser.newContext({
		viewport: { width: 1400, height: 1000 },
		acceptDownloads: true
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(url);
	return { page, errors };
}

/** Waits until the query boundary inside `[data-query=name]` shows a loaded result. */
export async function loaded(page: Page, name: string): Promise<void> {
	await page.waitForSelector(`[data-query="${name}"] > .boundary[data-status="ok"]`, {
		timeout: 90_000
	});
}
