import type { ResolvedFilters } from '$lib/schema/filters';
import { proposalStages } from '$lib/schema/proposals';
import { literalList, type Row, type Sql } from '$lib/sql';
import { selectedRegion } from './area';
import { regionClause } from './filter-sql';

/** What the proposals funnel breaks figures down by. */
export type ProposalBreakdown = 'village' | 'category' | 'agency';

/**
 * The funnel's steps in order: RT/RW (submitted) → kelurahan (verified) → kecamatan → city
 * forum → RKPD → funded → implemented. A rejected proposal reached only the first step (the
 * data do not say where it was turned down).
 */
export const funnelStages = proposalStages.filter((s) => s !== 'rejected');

/** `reached_<stage>`: proposals at that stage or a later one (every proposal reached the first). */
function reached(i: number, agg: (cond: string) => string): string {
	if (i === 0) return agg('TRUE');
	return agg(`p.stage IN (${literalList(funnelStages.slice(i))})`);
}

const keyOf: Record<ProposalBreakdown, string> = {
	village: 'p.village_code',
	category: 'p.category',
	agency: 'p.agency_code'
};

/** Program, region and plan-year conditions on `proposal_counts p`. */
function scope(f: ResolvedFilters, year: number): Sql {
	const region = regionClause('p.village_code', selectedRegion(f));
	return {
		sql: `p.plan_year = ? AND ${f.program ? 'p.program = ?' : 'TRUE'} AND ${region.sql}`,
		params: [year, ...(f.program ? [f.program] : []), ...region.params]
	};
}

/**
 * The proposal funnel for one plan year, per village, category or agency, with a total row
 * (`is_total`; `key` NULL also for proposals with no agency): proposals reaching each stage (`reached_<stage>`) and their estimated cost
 * (`cost_<stage>`), answered ones, and — per village — residents and proposals per 1,000.
 */
export function proposalFunnelQuery(f: ResolvedFilters, year: number, by: ProposalBreakdown): Sql {
	const w = scope(f, year);
	const cols = funnelStages.flatMap((s, i) => [
		`${reached(i, (c) => `coalesce(sum(p.n) FILTER (WHERE ${c}), 0)`)} AS reached_${s}`,
		`${reached(i, (c) => `coalesce(sum(p.cost) FILTER (WHERE ${c}), 0)`)} AS cost_${s}`
	]);
	const village = by === 'village';
	return {
		sql: `WITH g AS (
  SELECT ${keyOf[by]} AS key, grouping(${keyOf[by]}) = 1 AS is_total, ${cols.join(',\n    ')},
    coalesce(sum(p.n) FILTER (WHERE p.answered), 0) AS answered,
    coalesce(sum(p.n) FILTER (WHERE p.stage = 'rejected'), 0) AS rejected
  FROM proposal_counts p WHERE ${w.sql}
  GROUP BY GROUPING SETS ((${keyOf[by]}), ())
)
SELECT g.*, ${village ? 'v.name, d.name AS district, v.population, 1000.0 * g.reached_submitted / nullif(v.population, 0) AS per_1000' : by === 'agency' ? 'a.name' : 'g.key AS name'}
FROM g
${village ? 'LEFT JOIN regions v ON v.code = g.key LEFT JOIN regions d ON d.code = v.parent_code' : by === 'agency' ? 'LEFT JOIN agencies a ON a.code = g.key' : ''}
ORDER BY g.is_total DESC, g.key NULLS LAST`,
		params: w.params
	};
}

/**
 * Plan years with proposals (of the program, if one is chosen), latest first; `complete`: the
 * year's process has run to its end (some proposal funded or implemented), else it is in progress.
 */
export function planYearsQuery(program: string | undefined): Sql {
	return {
		sql: `SELECT plan_year, bool_or(stage IN ('funded', 'implemented')) AS complete
FROM proposal_counts WHERE ${program ? 'program = ?' : 'TRUE'} GROUP BY plan_year ORDER BY plan_year DESC`,
		params: program ? [program] : []
	};
}

/** A plan year as `planYearsQuery` gives it. */
export interface PlanYear {
	year: number;
	complete: boolean;
}

/** The plan years of `planYearsQuery`'s rows, latest first. */
export function planYears(rows: Row[]): PlanYear[] {
	return rows.map((r) => ({ year: Number(r.plan_year), complete: r.complete === true }));
}

/**
 * The plan year a planner opens on: the latest complete one (a year in progress has most of its
 * proposals in the first stages still), else the latest.
 */
export function defaultPlanYear(years: PlanYear[]): number | undefined {
	return (years.find((y) => y.complete) ?? years[0])?.year;
}

/**
 * One village's proposals for a plan year (record level, read only for this list): title,
 * RT/RW, category, stage, estimated cost, answered, agency.
 */
export function villageProposalsQuery(
	program: string | undefined,
	village: string,
	year: number
): Sql {
	return {
		sql: `SELECT p.proposal_id, p.title, p.rt, p.rw, p.category, p.stage, p.estimated_cost, p.answered,
  p.agency_code, p.submitted_at
FROM proposals p
WHERE p.village_code = ? AND p.plan_year = ? AND ${program ? 'p.program = ?' : 'TRUE'}
ORDER BY p.rw NULLS LAST, p.rt NULLS LAST, p.proposal_id`,
		params: [village, year, ...(program ? [program] : [])]
	};
}
