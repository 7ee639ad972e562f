import type { MessageKey } from '$lib/i18n/id';

/** A dashboard page of the header menu: its name and the route it opens. */
export interface SitePage {
	key: MessageKey;
	route: '/' | `/${string}/`;
}

/** The header menu, in order. */
export const sitePages = [
	{ key: 'nav_overview', route: '/' },
	{ key: 'nav_map', route: '/map/' },
	{ key: 'nav_agencies', route: '/agencies/' },
	{ key: 'nav_requests', route: '/requests/' },
	{ key: 'nav_proposals', route: '/proposals/' },
	{ key: 'nav_aid', route: '/aid/' },
	{ key: 'nav_coverage', route: '/coverage/' },
	{ key: 'nav_compare', route: '/compare/' },
	{ key: 'nav_report', route: '/report/' },
	{ key: 'nav_import', route: '/import/' }
] as const satisfies readonly SitePage[];

/** Whether the route id (`/agencies/detail`) is, or is under, a menu page. */
export function isCurrent(p: SitePage, routeId: string | null): boolean {
	if (p.route === '/') return routeId === '/';
	return (routeId ?? '').startsWith(p.route.slice(0, -1));
}

/** The words naming a dashboard page in its `<title>` (the menu's words; sub-pages their own). */
export function titleKey(routeId: string | null): MessageKey {
	if (routeId === '/agencies/detail') return 'agency_detail_title';
	return sitePages.find((p) => isCurrent(p, routeId))?.key ?? 'app_tagline';
}
