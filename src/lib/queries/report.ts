import type { ResolvedFilters } from '$lib/schema/filters';
import { rkpdStages } from '$lib/schema/proposals';
import { familyWhere, regionClause, type Clause } from './filter-sql';
import { families } from './metrics';
import { selectedRegion } from './area';
import type { Sql } from '$lib/sql';

const scope = (f: ResolvedFilters) => ({
	program: f.program,
	region: selectedRegion(f),
	from: f.from,
	to: f.to
});

/** Villages in scope: the selected region, else the program's regency, else every village. */
function villageScope(f: ResolvedFilters, column: string): Clause {
	const region = selectedRegion(f);
	if (region) return regionClause(column, region);
	if (!f.program) return { sql: 'TRUE', params: [] };
	return {
		sql: `starts_with(${column}, (SELECT regency_code FROM programs WHERE code = ?) || '.')`,
		params: [f.program]
	};
}

/**
 * Villages not reached in the period: inside the selected region (or the program's regency),
 * no held event of the program and no request from their citizens. Columns: code, village, district,
 * population.
 */
export function villagesNotReachedQuery(f: ResolvedFilters): Sql {
	const inRegion = villageScope(f, 'v.code');
	const ev = familyWhere(families.events, scope(f));
	const rq = familyWhere(families.requests, scope(f));
	return {
		sql: `SELECT v.code, v.name AS village, d.name AS district, v.population
FROM regions v LEFT JOIN regions d ON d.code = v.parent_code
WHERE v.level = 'village' AND ${inRegion.sql}
  AND NOT EXISTS (SELECT 1 FROM events e WHERE e.village_code = v.code AND e.status = 'held' AND ${ev.sql})
  AND NOT EXISTS (SELECT 1 FROM requests_daily r WHERE r.village_code = v.code AND ${rq.sql})
ORDER BY d.name, v.name`,
		params: [...inRegion.params, ...ev.params, ...rq.params]
	};
}

/** Villages in scope (denominator of the villages-not-reached share). */
export function villagesInScopeQuery(f: ResolvedFilters): Sql {
	const c = villageScope(f, 'code');
	return {
		sql: `SELECT count(*) AS villages FROM regions WHERE level = 'village' AND ${c.sql}`,
		params: c.params
	};
}

/** Participation in development proposals: proposals, urun rembug, answered, reached RKPD, held events. */
export function proposalsParticipationQuery(f: ResolvedFilters): Sql {
	const p = familyWhere(families.proposals, scope(f));
	const e = familyWhere(families.events, scope(f));
	const stages = rkpdStages.map((s) => `'${s}'`).join(', ');
	return {
		sql: `SELECT count(*) AS proposals,
  count(*) FILTER (WHERE p.source = 'urun_rembug') AS urun_rembug,
  count(*) FILTER (WHERE p.answered) AS answered,
  count(*) FILTER (WHERE p.stage IN (${stages})) AS rkpd,
  (SELECT count(*) FROM events e WHERE e.status = 'held' AND ${e.sql}) AS events_held
FROM proposals p WHERE ${p.sql}`,
		params: [...e.params, ...p.params]
	};
}
