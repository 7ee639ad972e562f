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

/**
 * Dashboard URL (below the site root) filtered to the same area, with its URL filters: in the
 * page's language, and on the area's program when one program serves it (several: every program).
 */
export function dashboardPath(area: AreaRef, locale: Locale, programs: string[] = []): string {
	const q = new URLSearchParams();
	if (programs.length === 1) q.set('program', programs[0]!);
	q.set('regency', area.code.slice(0, 5));
	if (area.level !== 'regency') q.set('district', area.code.slice(0, 8));
	if (area.level === 'village') q.set('village', area.code);
	if (locale !== 'id') q.set('lang', locale);
	return `?${q}`;
}
