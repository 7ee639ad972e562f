import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * WCAG 2.1 A/AA violations of serious or critical impact on the open page (axe-core), plus any
 * violation of the rules named in `also` whatever their impact or tag (e.g. the best-practice
 * `region` and `heading-order`).
 */
export async function seriousViolations(page: Page, also: string[] = []): Promise<string[]> {
	await page.addScriptTag({ path: AXE });
	const result = await page.evaluate(
		async ({ tags, rules }) => {
			const axe = (
				window as unknown as {
					axe: {
						run: (o: object) => Promise<{
							violations: { id: string; impact: string; tags: string[]; nodes: unknown[] }[];
						}>;
					};
				}
			).axe;
			return rules.length === 0
				? axe.run({ runOnly: tags })
				: axe.run({ runOnly: { type: 'tag', values: [...tags, 'best-practice'] } });
		},
		{ tags: WCAG, rules: also }
	);
	return result.violations
		.filter(
			(v) =>
				also.includes(v.id) ||
				((v.impact === 'serious' || v.impact === 'critical') &&
					v.tags.some((t) => WCAG.includes(t)))
		)
		.map((v) => `${v.id} (${v.nodes.length})`);
}
