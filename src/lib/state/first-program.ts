import type { Filters } from '$lib/schema/filters';

/** `?program=all`: every program, chosen on purpose (an empty URL opens on one program). */
export const ALL_PROGRAMS = 'all';

/** What a program's data holds at all: aid distributions, proposals. */
export type ProgramHas = 'has_aid' | 'has_proposals';

/** A program with the last day it held an event and what its data holds. */
export interface ProgramActivity {
	code: string;
	regency_code: string;
	last_day?: string | null;
	has_aid?: boolean;
	has_proposals?: boolean;
}

/** Cards that apply only to programs with aid distributions or proposals in the data. */
export const kpiNeeds: Partial<Record<string, ProgramHas>> = {
	rice_t: 'has_aid',
	milk_packages: 'has_aid',
	proposals: 'has_proposals',
	rkpd_pct: 'has_proposals',
	proposals_per_1000: 'has_proposals'
};

/** What the program's data hold nothing of at all (none when no single program is shown). */
export function lacks(program: ProgramActivity | undefined): ProgramHas[] {
	return program ? (['has_aid', 'has_proposals'] as const).filter((h) => !program[h]) : [];
}

/**
 * What metric `id` needs that the program's data lack (no aid, no proposals at all), if so: the
 * figure does not apply to that program. With no single program shown, every figure applies.
 */
export function lackedBy(id: string, program: ProgramActivity | undefined): ProgramHas | undefined {
	const needs = kpiNeeds[id];
	return program && needs && !program[needs] ? needs : undefined;
}

/** The programs of an area (its code lies in their regency); only `chosen` when one is chosen. */
export function programsIn<P extends ProgramActivity>(
	area: string,
	programs: readonly P[],
	chosen?: string
): P[] {
	return programs.filter(
		(p) => (!chosen || p.code === chosen) && `${area}.`.startsWith(`${p.regency_code}.`)
	);
}

/**
 * What metric `id` needs that every program of area `area` lacks (no aid, no proposals at all),
 * if so: the figure does not apply to that area, whatever the filter. None when the area has no
 * known program.
 */
export function areaLackedBy(
	id: string,
	area: string,
	programs: readonly ProgramActivity[],
	chosen?: string
): ProgramHas | undefined {
	const own = programsIn(area, programs, chosen);
	return own.length > 0 && own.every((p) => lackedBy(id, p)) ? kpiNeeds[id] : undefined;
}

/**
 * Pages (route ids) that open on one program when the URL names none, with what the program
 * must hold for the page to show anything (the aid page opens on a program that distributes aid).
 */
export const firstViewRoutes: Record<string, ProgramHas | null> = {
	'/': null,
	'/map': null,
	'/agencies': null,
	'/report': null,
	'/requests': null,
	'/coverage': null,
	'/aid': 'has_aid',
	'/proposals': 'has_proposals'
};

/**
 * The program with the most recent held event (ties: the first by code) among those holding
 * `needs`, if any held an event.
 */
export function latestProgram<P extends ProgramActivity>(
	programs: P[],
	needs: ProgramHas | null = null
): P | undefined {
	let best: P | undefined;
	for (const p of programs) {
		if (!p.last_day || (needs && !p[needs])) continue;
		const last = best?.last_day ?? '';
		if (!best || p.last_day > last || (p.last_day === last && p.code < best.code)) best = p;
	}
	return best;
}

/** The program a page at `routeId` opens on when its URL names none, if it opens on one. */
export function firstProgram<P extends ProgramActivity>(
	routeId: string | null,
	programs: P[]
): P | undefined {
	const route = routeId ?? '';
	return route in firstViewRoutes ? latestProgram(programs, firstViewRoutes[route]) : undefined;
}

/**
 * What a link from a first view to the page at `route` (a path below the base, such as
 * `/agencies/detail/`) must name to show the same program: a page that opens on a program of its
 * own needs nothing, any other the program and regency shown (else it would show every program).
 */
export function firstViewCarry(
	route: string,
	applied: Pick<Filters, 'program' | 'regency'>
): { program?: string; regency?: string } {
	const id = route.replace(/\/$/, '') || '/';
	return id in firstViewRoutes ? {} : { program: applied.program, regency: applied.regency };
}

/** Whether filters name nothing that would pick a program (no program, area or agency). */
export function isOpen(f: Filters): boolean {
	return !f.program && !f.regency && !f.district && !f.village && !f.agency;
}

/**
 * The filters a page applies: on a first view (a page of `firstViewRoutes` whose URL names no
 * program, area or agency) the program of `firstProgram` and its regency; `?program=all` means
 * every program.
 */
export function withFirstView(
	f: Filters,
	routeId: string | null,
	programs: ProgramActivity[]
): Filters & { defaulted: boolean } {
	if (f.program === ALL_PROGRAMS) return { ...f, program: undefined, defaulted: false };
	const p = isOpen(f) ? firstProgram(routeId, programs) : undefined;
	return p
		? { ...f, program: p.code, regency: p.regency_code, defaulted: true }
		: { ...f, defaulted: false };
}

/** The filters a page at `routeId` applies (`withFirstView` without the flag). */
export function appliedFilters(
	f: Filters,
	routeId: string | null,
	programs: ProgramActivity[]
): Filters {
	const { defaulted, ...applied } = withFirstView(f, routeId, programs);
	void defaulted;
	return applied;
}
