import type { Sql } from '$lib/sql';

/**
 * Programs for the program filter, with the day of their latest held event and whether they have
 * aid or proposals (from the first analytics file's tables only).
 */
export function programsQuery(): Sql {
	return {
		sql: `SELECT p.code, p.name, p.regency_code,
  (SELECT strftime(max(e.date), '%Y-%m-%d') FROM events e
   WHERE e.program = p.code AND e.status = 'held') AS last_day,
  EXISTS (SELECT 1 FROM daily_facts o WHERE o.program = p.code AND o.aid_n > 0) AS has_aid,
  EXISTS (SELECT 1 FROM daily_facts o WHERE o.program = p.code AND o.proposals > 0) AS has_proposals
FROM programs p ORDER BY p.name`,
		params: []
	};
}

/** Regions (regency, kecamatan, village) for the region filters, sorted by name within a parent. */
export function regionsQuery(): Sql {
	return {
		sql: `SELECT code, name, level, parent_code FROM regions
WHERE level IN ('regency', 'district', 'village') ORDER BY level, parent_code, name`,
		params: []
	};
}

/**
 * First and last day with any event, request, distribution or proposal: the days of the daily
 * fact table, which has a row for every day any of them happened (in the first analytics file).
 */
export function extentQuery(): Sql {
	return {
		sql: `SELECT strftime(min(day), '%Y-%m-%d') AS first_day, strftime(max(day), '%Y-%m-%d') AS last_day
FROM daily_facts`,
		params: []
	};
}

/** Whether the data set says it is synthetic (the `meta` table of the generated file). */
export function syntheticQuery(): Sql {
	return {
		sql: `SELECT coalesce(max(value) FILTER (WHERE key = 'synthetic'), 'false') = 'true' AS synthetic FROM meta`,
		params: []
	};
}

/** When the data file was written from imported data (`meta.imported_at`), if it says. */
export function writtenAtQuery(): Sql {
	return {
		sql: `SELECT max(value) FILTER (WHERE key = 'imported_at') AS imported_at FROM meta`,
		params: []
	};
}

/** Agencies with the programs they serve at (attendance or requests), for the agency filter. */
export function agenciesQuery(): Sql {
	return {
		sql: `SELECT a.code, a.short_name, a.name, string_agg(DISTINCT p.program, ',') AS programs
FROM agencies a
LEFT JOIN (
  SELECT DISTINCT program, agency_code FROM requests_daily
  UNION SELECT DISTINCT e.program, ea.agency_code FROM event_agencies ea JOIN events e ON e.event_id = ea.event_id
) p ON p.agency_code = a.code
GROUP BY ALL ORDER BY a.short_name`,
		params: []
	};
}
