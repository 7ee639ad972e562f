import { rkpdStages } from '$lib/schema/proposals';
import { literalList, type Sql } from '$lib/sql';

/**
 * The areas a row counts for: its village, kecamatan and regency. Public pages aggregate every
 * level in one pass by unnesting these codes (`FROM t, unnest(...) AS a(area)`).
 */
export function areaCodes(village: string): string {
	return `[${village}, substr(${village}, 1, 8), substr(${village}, 1, 5)]`;
}

/**
 * Every regency, kecamatan and village with its names, population and totals over all the data:
 * service days held in the area, visitors at them, requests from its residents, rice and milk
 * handed out, proposals and how many reached the RKPD, last visit, next known visit (an event
 * after `lastDay` that is not cancelled) and the programs that reached it.
 */
export function publicAreasQuery(lastDay: string): Sql {
	const sql = `WITH f AS (
  SELECT a.area, sum(events_held)::INTEGER AS events_held, sum(visitors)::INTEGER AS visitors,
    sum(req_n)::INTEGER AS requests, sum(rice_kg)::DOUBLE AS rice_kg,
    sum(milk_packages)::DOUBLE AS milk_packages, sum(proposals)::INTEGER AS proposals,
    sum(proposals_rkpd)::INTEGER AS proposals_rkpd,
    strftime(max(day) FILTER (WHERE events_held > 0), '%Y-%m-%d') AS last_visit,
    string_agg(DISTINCT program, ',' ORDER BY program) AS programs
  FROM daily_facts d, unnest(${areaCodes('d.village_code')}) AS a(area)
  GROUP BY ALL
), nx AS (
  SELECT a.area, strftime(min(e.date), '%Y-%m-%d') AS next_visit
  FROM events e, unnest(${areaCodes('e.village_code')}) AS a(area)
  WHERE e.date > CAST(? AS DATE) AND e.status <> 'cancelled'
  GROUP BY ALL
)
SELECT r.code, r.name, r.level, r.parent_code, r.population,
  CASE r.level WHEN 'village' THEN d.name WHEN 'district' THEN r.name END AS district_name,
  g.name AS regency_name,
  coalesce(f.events_held, 0) AS events_held, f.visitors, coalesce(f.requests, 0) AS requests,
  f.rice_kg, f.milk_packages, coalesce(f.proposals, 0) AS proposals,
  coalesce(f.proposals_rkpd, 0) AS proposals_rkpd, f.last_visit, nx.next_visit,
  coalesce(f.programs, '') AS programs
FROM regions r
LEFT JOIN regions d ON d.code = substr(r.code, 1, 8) AND d.level = 'district'
LEFT JOIN regions g ON g.code = substr(r.code, 1, 5) AND g.level = 'regency'
LEFT JOIN f ON f.area = r.code
LEFT JOIN nx ON nx.area = r.code
WHERE r.level IN ('regency', 'district', 'village')
ORDER BY r.code`;
	return { sql, params: [lastDay] };
}

/** Program codes and names. */
export function publicProgramsQuery(): Sql {
	return { sql: `SELECT code, name FROM programs ORDER BY code`, params: [] };
}

/**
 * Every service day with its place, turnout and agencies present (present or late) out of
 * scheduled; pages pick the ones in or near their area by code prefix.
 */
export function publicEventsQuery(): Sql {
	const sql = `SELECT e.program, strftime(e.date, '%Y-%m-%d') AS date, e.status, e.venue, e.village_code,
  e.visitors, count(a.agency_code)::INTEGER AS agencies_scheduled,
  (count(*) FILTER (WHERE a.status IN ('present', 'late')))::INTEGER AS agencies_present
FROM events e LEFT JOIN event_agencies a ON a.event_id = e.event_id
GROUP BY e.event_id, e.program, e.date, e.status, e.venue, e.village_code, e.visitors
ORDER BY e.date DESC, e.village_code, e.event_id`;
	return { sql, params: [] };
}

/** Proposals reaching the RKPD, as a SQL condition on `stage`. */
export const rkpdCondition = `stage IN (${literalList(rkpdStages)})`;
