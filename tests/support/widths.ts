import type { Page } from 'playwright-core';

/** Widths every page must fit without scrolling sideways: a cheap phone, a tablet, a laptop. */
export const WIDTHS = [360, 768, 1366] as const;

/** What a page measures at one viewport width (px). */
export interface Widths {
	inner: number;
	/** The document's scroll width: more than `inner` means the page scrolls sideways. */
	page: number;
	header: number;
	/** Right edge of the header's menu (its box: on a phone its links scroll sideways inside it)
	 * and language switch (-Infinity without them). */
	nav: number;
	lang: number;
	/** Whether the menu's link of the current page lies outside the menu's visible box. */
	currentHidden: boolean;
	/** Boxes that scroll sideways but that a keyboard cannot reach (neither they nor any link,
	 * button or field inside take focus), named by tag and class. */
	unreachable: string[];
}

/** Resizes the page to `width` and measures it. */
export async function widthsAt(page: Page, width: number): Promise<Widths> {
	await page.setViewportSize({ width, height: 740 });
	// Charts follow their box on the next frames (ResizeObserver): measure after them.
	await page.evaluate(
		() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
	);
	return page.evaluate(() => {
		const right = (s: string) =>
			Math.max(...[...document.querySelectorAll(s)].map((e) => e.getBoundingClientRect().right));
		return {
			inner: window.innerWidth,
			page: document.documentElement.scrollWidth,
			header: document.querySelector('header')?.scrollWidth ?? 0,
			nav: right('header nav'),
			lang: right('header [data-lang]'),
			currentHidden: (() => {
				const nav = document.querySelector('header nav')?.getBoundingClientRect();
				const cur = document
					.querySelector('header nav [aria-current=page]')
					?.getBoundingClientRect();
				return Boolean(nav && cur && (cur.left < nav.left - 1 || cur.right > nav.right + 1));
			})(),
			unreachable: [...document.querySelectorAll('body *')]
				.filter(
					(e) =>
						['auto', 'scroll'].includes(getComputedStyle(e).overflowX) &&
						e.scrollWidth > e.clientWidth + 1 &&
						!e.matches('[tabindex]:not([tabindex="-1"])') &&
						!e.querySelector('a[href], button, input, select, [tabindex]:not([tabindex="-1"])')
				)
				.map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`)
		};
	});
}
