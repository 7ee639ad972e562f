import { siteLinks } from '$lib/server/site-url';
import type { LayoutServerLoad } from './$types';

/** Absolute addresses for link previews when `PUBLIC_SITE_URL` is set (null otherwise). */
export const load: LayoutServerLoad = () => ({ site: siteLinks() });
