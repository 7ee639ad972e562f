import { base } from '$app/paths';
import { page } from '$app/state';
import type { ResolvedPathname } from '$app/types';
import { i18n } from '$lib/i18n/i18n.svelte';
import { carry } from './filters-url';
import { filters } from './filters.svelte';
import { firstViewCarry } from './first-program';

/**
 * A link to another page (`path` already resolved) that keeps the current filters and language,
 * with `change` applied on top. From a first view (the program shown is not in the URL), a link
 * to a page that would not open on it names the program and regency shown.
 */
export function linkTo(
	path: ResolvedPathname,
	change: Record<string, string | undefined> = {}
): ResolvedPathname {
	const lang = i18n.locale === 'id' ? undefined : i18n.locale;
	const shown = filters.defaulted ? firstViewCarry(path.slice(base.length), filters.applied) : {};
	return (path + carry(page.url, { lang, ...shown, ...change })) as ResolvedPathname;
}
