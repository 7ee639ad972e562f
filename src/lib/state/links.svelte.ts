import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { i18n } from '$lib/i18n/i18n.svelte';
import { carry } from './filters-url';

/**
 * A link to another page (`path` already resolved) that keeps the current filters and language,
 * with `change` applied on top.
 */
export function linkTo(
	path: ResolvedPathname,
	change: Record<string, string | undefined> = {}
): ResolvedPathname {
	const lang = i18n.locale === 'id' ? undefined : i18n.locale;
	return (path + carry(page.url, { lang, ...change })) as ResolvedPathname;
}
