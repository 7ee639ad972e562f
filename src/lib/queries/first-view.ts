import { agencyTableQuery } from './agencies';
import { matrixQuery } from './attendance-matrix';
import {
	agenciesQuery,
	extentQuery,
	programsQuery,
	regionsQuery,
	syntheticQuery,
	writtenAtQuery
} from './options';
import { overviewQuery } from './overview';
import { defaultPlanYear, planYears, planYearsQuery, proposalFunnelQuery } from './proposals';
import { aidMonthlyQuery, aidMonthsQuery, aidVillagesQuery } from './aid';
import { backlogByAgencyQuery, requestBreakdownQuery } from './requests';
import {
	proposalsParticipationQuery,
	villagesInScopeQuery,
	villagesNotReachedQuery
} from './report';
import type { ResolvedFilters } from '../schema/filters';
import type { Row, Sql } from '../sql';

/** Pages whose default view is computed at build time (`data/view/<page>.json`). */
export const firstViewPages = [
	'overview',
	'agencies',
	'report',
	'requests',
	'proposals',
	'aid'
] as const;
/** A page with a prerendered first view. */
export type FirstViewPage = (typeof firstViewPages)[number];

/** The filter options every page needs before it can show anything. */
export function optionQueries(): Sql[] {
	return [programsQuery(), regionsQuery(), extentQuery(), syntheticQuery(), writtenAtQuery()];
}

/**
 * The queries a page runs for its default view (no filters in the URL), built by the same
 * builders the page calls: a result computed from these at build time is found again in the
 * browser by `sqlKey` of the very statement the page builds.
 */
export function firstViewQueries(page: FirstViewPage, f: ResolvedFilters, lastDay: string): Sql[] {
	if (page === 'overview') return [overviewQuery(f)];
	if (page === 'agencies') return [agencyTableQuery(f, lastDay), matrixQuery(f), agenciesQuery()];
	if (page === 'requests')
		return [requestBreakdownQuery(f, 'agency'), backlogByAgencyQuery(f, lastDay), agenciesQuery()];
	if (page === 'proposals') return [planYearsQuery(f.program), agenciesQuery()];
	if (page === 'aid') return [aidMonthsQuery(f), aidMonthlyQuery(f)];
	return [
		agenciesQuery(),
		overviewQuery(f),
		agencyTableQuery(f, lastDay),
		matrixQuery(f),
		villagesNotReachedQuery(f),
		villagesInScopeQuery(f),
		proposalsParticipationQuery(f)
	];
}

/**
 * The statements of a page's default view that depend on an earlier one's result, as the page
 * derives them: the proposals' funnel for the plan year it opens on, the aid per village for the
 * latest month. `rowsOf` gives the rows of a statement of `firstViewQueries`.
 */
export function firstViewFollowUps(
	page: FirstViewPage,
	f: ResolvedFilters,
	rowsOf: (q: Sql) => Row[]
): Sql[] {
	if (page === 'proposals') {
		const year = defaultPlanYear(planYears(rowsOf(planYearsQuery(f.program))));
		return year ? [proposalFunnelQuery(f, year, 'village')] : [];
	}
	if (page === 'aid') {
		const month = rowsOf(aidMonthsQuery(f)).map((r) => String(r.month))[0];
		return month ? [aidVillagesQuery(f, month)] : [];
	}
	return [];
}

/** A short key of a statement and its parameters (64-bit FNV-1a, hex). */
export function sqlKey(q: Sql): string {
	const s = `${q.sql}\u0000${JSON.stringify(q.params)}`;
	let h = 0xcbf29ce484222325n;
	for (let i = 0; i < s.length; i++) {
		h ^= BigInt(s.charCodeAt(i));
		h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
	}
	return h.toString(16).padStart(16, '0');
}
