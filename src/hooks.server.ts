import type { Handle } from '@sveltejs/kit';

/** Public pages in English (`/public/en/…`) say so in `<html lang>`; the rest is Indonesian. */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			event.params.lang === 'en' ? html.replace('<html lang="id">', '<html lang="en">') : html
	});
