import { i18n } from '$lib/i18n/i18n.svelte';
import { lackedBy } from './first-program';
import { options } from './options.svelte';

/**
 * Why metric `id` does not apply to program `code` (its data hold no aid or no proposals at all),
 * in words; undefined when it applies (or no single program is shown).
 */
export function notApplicable(id: string, code: string | undefined): string | undefined {
	const p = code ? options.programs.find((x) => x.code === code) : undefined;
	const needs = lackedBy(id, p);
	if (!p || !needs) return undefined;
	return i18n.t(needs === 'has_aid' ? 'fv_no_aid' : 'fv_no_proposals', { program: p.name });
}
