import { strToU8, zipSync, type Zippable } from 'fflate';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The CSV templates of data/templates, read when the site is built. */
const templates = import.meta.glob<string>('/data/templates/*.csv', {
	query: '?raw',
	import: 'default',
	eager: true
});

/**
 * `/import/templates.zip`: the CSV templates (one file per table, example rows that refer to each
 * other) in one download, written into the static site at build time.
 */
export const GET: RequestHandler = () => {
	const files: Zippable = Object.fromEntries(
		Object.entries(templates).map(([path, text]) => [
			`jemput-bola-templates/${path.split('/').pop()!}`,
			// Fixed dates: the same templates give the same bytes.
			[strToU8(text), { mtime: new Date('2025-01-01T00:00:00Z') }]
		])
	);
	return new Response(zipSync(files), { headers: { 'content-type': 'application/zip' } });
};
