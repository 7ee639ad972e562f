import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requestsAsNative } from './support/overview-native.ts';
import { openPage, useSite } from './support/site.ts';
import { comboOptions } from './support/combo.ts';

const site = useSite();

/** The most repeated name among `rows` (`{ code, name }`), with the codes that carry it. */
function namesakes(rows: Record<string, unknown>[]): { name: string; codes: string[] } {
	const by = new Map<string, string[]>();
	for (const r of rows) by.set(String(r.name), [...(by.get(String(r.name)) ?? []), String(r.code)]);
	const [name, codes] = [...by].sort(
		(a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1)
	)[0]!;
	return { name, codes };
}

/** Moves the combobox's active option down to `code` and chooses it with Enter. */
async function chooseByKeys(page: Page, name: string, code: string): Promise<void> {
	const activeCode = async () => {
		const id = await page.getAttribute(`[data-combo=${name}]`, 'aria-activedescendant');
		return id ? page.getAttribute(`#${id}`, 'data-value') : null;
	};
	const codes = (await comboOptions(page, name)).map(([c]) => c);
	expect(codes).toContain(code);
	const from = codes.indexOf((await activeCode()) ?? '');
	for (let i = from; i < codes.indexOf(code); i++) await page.keyboard.press('ArrowDown');
	expect(await activeCode()).toBe(code);
	await page.keyboard.press('Enter');
}

describe('searchable village and agency filters in Chromium', () => {
	it('finds a village by typing, tells namesakes apart by kecamatan and filters by keyboard', async () => {
		const { page, errors } = await openPage(site);
		await page.waitForSelector('.boundary[data-status="ok"] [data-kpi]', { timeout: 90_000 });
		const regency = await page.inputValue('select[name=regency]');
		const villages = await site.native.query(
			`SELECT code, name FROM regions WHERE level = 'village' AND code LIKE ? ORDER BY code`,
			[`${regency}.%`]
		);
		const { name, codes } = namesakes(villages);
		expect(codes.length).toBeGreaterThan(1);

		await page.focus('[data-combo=village]');
		await page.keyboard.type(name);
		expect(await page.getAttribute('[data-combo=village]', 'aria-expanded')).toBe('true');
		const listed = await comboOptions(page, 'village');
		for (const code of codes) expect(listed.map(([c]) => c)).toContain(code);
		const texts = listed.map(([, t]) => t);
		expect(new Set(texts).size).toBe(texts.length);
		for (const t of texts) expect(t.toLowerCase()).toContain(name.toLowerCase());

		// Arrow keys and Enter choose the second namesake: its kecamatan and regency come along.
		await page.keyboard.press('Escape');
		await page.keyboard.type(name);
		await chooseByKeys(page, 'village', codes[1]!);
		await page.waitForURL((u) => u.searchParams.get('village') === codes[1]);
		const url = new URL(page.url());
		expect(url.searchParams.get('district')).toBe(codes[1]!.slice(0, 8));
		expect(await page.inputValue('input[name=village]')).toBe(codes[1]);
		expect(await page.inputValue('[data-combo=village]')).toMatch(new RegExp(`^${name} · Kec. `));
		await requestsAsNative(site, page);

		// Nothing matches: it says so; Escape restores the choice and changes nothing.
		await page.fill('[data-combo=village]', 'zzzz');
		expect(await page.textContent('[data-combo=village] ~ [role=listbox]')).toContain(
			'Tidak ada yang cocok'
		);
		await page.keyboard.press('Escape');
		expect(await page.getAttribute('[data-combo=village]', 'aria-expanded')).toBe('false');
		expect(await page.inputValue('[data-combo=village]')).toMatch(new RegExp(`^${name} · `));
		expect(new URL(page.url()).searchParams.get('village')).toBe(codes[1]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('finds an agency by name among all programs, with its regency, and keeps it in the URL', async () => {
		const { page, errors } = await openPage(site, 'map/?program=all&lang=en');
		await page.waitForSelector('.boundary[data-status="ok"]', { timeout: 90_000 });
		const { name, codes } = namesakes(
			await site.native.query('SELECT code, short_name AS name FROM agencies ORDER BY code')
		);
		await page.focus('[data-combo=agency]');
		await page.keyboard.type(name);
		await page.waitForFunction(
			(n) => document.querySelectorAll('[data-combo=agency] ~ ul [data-value]').length >= n,
			codes.length
		);
		const texts = (await comboOptions(page, 'agency')).map(([, t]) => t);
		expect(new Set(texts).size).toBe(texts.length);
		await chooseByKeys(page, 'agency', codes.at(-1)!);
		await page.waitForURL((u) => u.searchParams.get('agency') === codes.at(-1));
		expect(await page.inputValue('input[name=agency]')).toBe(codes.at(-1));
		await page.reload();
		await page.waitForFunction(
			(n) =>
				(document.querySelector('[data-combo=agency]') as HTMLInputElement)?.value.startsWith(n),
			name,
			{ timeout: 60_000 }
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
