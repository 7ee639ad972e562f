import { describe, expect, it } from 'vitest';
import { messages } from '../lib/i18n/messages';
import { isCurrent, sitePages, titleKey } from './site-pages';

describe('site pages', () => {
	it('marks exactly one menu page current on every dashboard route', () => {
		const routes = ['/', '/map', '/agencies', '/agencies/detail', '/report', '/import'];
		for (const r of routes) expect(sitePages.filter((p) => isCurrent(p, r))).toHaveLength(1);
		expect(sitePages.filter((p) => isCurrent(p, '/agencies/detail'))[0]!.key).toBe('nav_agencies');
	});

	it('gives every page its own title in both languages', () => {
		const routes = [...sitePages.map((p) => p.route.replace(/(.)\/$/, '$1')), '/agencies/detail'];
		for (const lang of ['id', 'en'] as const) {
			const titles = routes.map((r) => messages[lang][titleKey(r)]);
			expect(new Set(titles).size).toBe(routes.length);
			expect(titles.every((t) => t.length > 0)).toBe(true);
		}
	});
});
