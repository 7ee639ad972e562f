import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstViewPages } from '$lib/queries/first-view';
import { firstViewPage } from './first-view.svelte';

describe('first view preload in app.html', () => {
	it('asks for the very file the page loads, for every page that has one', () => {
		const html = readFileSync('src/app.html', 'utf8');
		const literal = /const view = (\{[^}]*\})\[route\]/.exec(html)?.[1];
		expect(literal).toBeDefined();
		const map = JSON.parse(literal!.replaceAll("'", '"').replace(/(\w+):/g, '"$1":')) as Record<
			string,
			string
		>;
		for (const [route, view] of Object.entries(map))
			expect(firstViewPage(route ? `/${route}` : '/')).toBe(view);
		expect(Object.values(map).sort()).toEqual([...firstViewPages].sort());
	});
});
