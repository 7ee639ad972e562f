import type { Page } from 'playwright-core';

/** The options a searchable filter (`[data-combo=<name>]`) lists now, as `[code, text]`. */
export function comboOptions(page: Page, name: string): Promise<[string, string][]> {
	return page.$$eval(`[data-combo=${name}] ~ [role=listbox] [role=option][data-value]`, (os) =>
		os.map((o) => [o.getAttribute('data-value')!, o.textContent!.replace(/\s+/g, ' ').trim()])
	);
}

/** Chooses `code` in a searchable filter by clicking it, after typing `typed` when given. */
export async function pick(page: Page, name: string, code: string, typed?: string): Promise<void> {
	const input = page.locator(`[data-combo=${name}]`);
	await input.click();
	if (typed !== undefined) await input.fill(typed);
	await page.click(`[data-combo=${name}] ~ [role=listbox] [role=option][data-value="${code}"]`);
}
