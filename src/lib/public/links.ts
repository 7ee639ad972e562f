import type { Locale } from '$lib/i18n/format';
import type { AreaRef } from './model';

/** Path of a public page below the site root: `public/[en/][code/]`. */
export function publicPath(locale: Locale, code?: string): string {
	return `public/${locale === 'en' ? 'en/' : ''}${code ? `${code}/` : ''}`;
}

/** Path of an area's CSV below the site root. */
export function csvPath(code: string): string {
	return `public/csv/${code}.csv`;
}

/** Dashboard URL (below the site root) filtered to the same area, with its URL filters. */
export function dashboardPath(area: AreaRef): string {
	const q = new URLSearchParams({ regency: area.code.slice(0, 5) });
	if (area.level !== 'regency') q.set('district', area.code.slice(0, 8));
	if (area.level === 'village') q.set('village', area.code);
	return `?${q}`;
}
