import { i18n } from '$lib/i18n/i18n.svelte';
import { areaLackedBy, lackedBy, lacks, programsIn, type ProgramHas } from './first-program';
import { options } from './options.svelte';

/**
 * Why metric `id` does not apply to program `code` (its data hold no aid or no proposals at all),
 * in words; undefined when it applies (or no single program is shown).
 */
export function notApplicable(id: string, code: string | undefined): string | undefined {
	const p = code ? options.programs.find((x) => x.code === code) : undefined;
	return lacking(lackedBy(id, p), code);
}

/**
 * Why what needs `needs` (aid, proposals: a report rule) does not apply to program `code`, in
 * words; undefined when the program's data hold it (or no single program is shown).
 */
export function lacking(
	needs: ProgramHas | undefined,
	code: string | undefined
): string | undefined {
	const p = code ? options.programs.find((x) => x.code === code) : undefined;
	if (!p || !needs || !lacks(p).includes(needs)) return undefined;
	return doesNotApply(needs, p.name);
}

/** "Does not apply: {program} distributes no aid / records no proposals", in the page's words. */
const doesNotApply = (needs: ProgramHas, program: string) =>
	i18n.t(needs === 'has_aid' ? 'fv_no_aid' : 'fv_no_proposals', { program });

/**
 * Why metric `id` does not apply to area `area` (every program of its regency, or the program
 * `chosen`, holds no aid or no proposals at all), in words; undefined when it applies. For pages
 * that show areas of several programs side by side (compare).
 */
function notApplicableIn(id: string, area: string, chosen: string | undefined): string | undefined {
	const needs = areaLackedBy(id, area, options.programs, chosen);
	if (!needs) return undefined;
	const names = programsIn(area, options.programs, chosen).map((p) => p.name);
	return doesNotApply(needs, names.join(', '));
}

/** Why metric `id` does not apply to area `area` under program filter `program`: the program's
 * reason first (it records nothing of it), else the area's own programs'; undefined when it applies. */
export function notApplicableAt(
	id: string,
	area: string,
	program: string | undefined
): string | undefined {
	return notApplicable(id, program) ?? notApplicableIn(id, area, program);
}

/**
 * Of `areas`, those whose own programs record nothing metric `id` counts (under the program
 * filter `program`), and a note saying so in words (how many, which programs); null when none.
 */
export function leftOut(
	id: string,
	areas: string[],
	program: string | undefined
): { areas: string[]; note: string } | null {
	const out = areas.filter((a) => areaLackedBy(id, a, options.programs, program));
	if (out.length === 0) return null;
	const needs = areaLackedBy(id, out[0]!, options.programs, program)!;
	const names = out.flatMap((a) => programsIn(a, options.programs, program).map((p) => p.name));
	const programs = names.filter((n, i) => names.indexOf(n) === i).join(', ');
	return {
		areas: out,
		note: i18n.t(needs === 'has_aid' ? 'compare_left_out_aid' : 'compare_left_out_proposals', {
			n: i18n.num(out.length),
			programs
		})
	};
}
