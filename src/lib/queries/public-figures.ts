import { areaCodes, rkpdCondition } from './public-areas';
import { histogramMedianSql, type Sql } from '$lib/sql';

/** Public outcome of a request: the statuses grouped as residents read them. */
export const publicOutcomes = ['on_site', 'resolved', 'open', 'unanswered', 'rejected'] as const;
/** A public outcome. */
export type PublicOutcome = (typeof publicOutcomes)[number];

const outcomeSql = `CASE status WHEN 'resolved_on_site' THEN 'on_site' WHEN 'resolved' THEN 'resolved'
    WHEN 'unanswered' THEN 'unanswered' WHEN 'rejected' THEN 'rejected' ELSE 'open' END`;

/**
 * Requests from the residents of every area by service (complaints, questions and information
 * requests by kind, as `kind:<kind>`) and outcome, with the median calendar days from receipt
 * to resolution of forwarded requests that were resolved (`days_n` of them) per service and,
 * in rows with `service` NULL, over all services. One row per area, service and outcome.
 */
export function publicRequestsQuery(): Sql {
	const sql = `WITH b AS (
  SELECT citizen_village_code AS v, coalesce(service_code, 'kind:' || kind) AS service,
    ${outcomeSql} AS outcome,
    CASE WHEN status = 'resolved' AND resolved_at IS NOT NULL
      THEN date_diff('day', CAST(received_at AS DATE), CAST(resolved_at AS DATE)) END AS days
  FROM requests
), h AS (
  SELECT v, service, outcome, days, count(*)::INTEGER AS n FROM b GROUP BY ALL
), x AS (
  SELECT a.area, service, outcome, days, sum(n)::INTEGER AS n
  FROM h, unnest(${areaCodes('h.v')}) AS a(area) GROUP BY ALL
), hs AS (
  SELECT area, service, days, sum(n) AS n FROM x WHERE days IS NOT NULL
  GROUP BY GROUPING SETS ((area, service, days), (area, days))
), cum AS (
  SELECT *, sum(n) OVER (PARTITION BY area, service ORDER BY days) AS c,
    sum(n) OVER (PARTITION BY area, service) AS total
  FROM hs
), m AS (
  SELECT area, service,
    ${histogramMedianSql('days', 'c', 'total')} AS median_days,
    max(total)::INTEGER AS days_n
  FROM cum GROUP BY ALL
)
SELECT c.area, c.service, coalesce(s.name, c.service) AS service_name, c.outcome, c.n,
  m.median_days, coalesce(m.days_n, 0) AS days_n
FROM (SELECT area, service, outcome, sum(n)::INTEGER AS n FROM x GROUP BY ALL) c
LEFT JOIN services s ON s.code = c.service
LEFT JOIN m ON m.area = c.area AND m.service IS NOT DISTINCT FROM c.service
UNION ALL
SELECT area, NULL, NULL, NULL, 0, median_days, days_n FROM m WHERE service IS NULL
ORDER BY 1, 2 NULLS FIRST, 4`;
	return { sql, params: [] };
}

/**
 * Aid per area and month: rice (kg) and milk (packages) handed out, with recipients and target
 * recipients (households) of each.
 */
export function publicAidQuery(): Sql {
	const sql = `SELECT a.area, strftime(d.date, '%Y-%m') AS month,
  sum(quantity) FILTER (WHERE commodity = 'beras' AND unit = 'kg')::DOUBLE AS rice_kg,
  sum(recipients) FILTER (WHERE commodity = 'beras')::INTEGER AS rice_recipients,
  sum(target_recipients) FILTER (WHERE commodity = 'beras')::INTEGER AS rice_target,
  sum(quantity) FILTER (WHERE commodity = 'susu' AND unit = 'paket')::DOUBLE AS milk_packages,
  sum(recipients) FILTER (WHERE commodity = 'susu')::INTEGER AS milk_recipients,
  sum(target_recipients) FILTER (WHERE commodity = 'susu')::INTEGER AS milk_target
FROM aid_distributions d, unnest(${areaCodes('d.village_code')}) AS a(area)
GROUP BY ALL ORDER BY 1, 2`;
	return { sql, params: [] };
}

/**
 * Proposals from an RT or RW: community planning documents, public as they are. Proposals with
 * neither (urun rembug at a service day) come from individual residents and are counted under
 * the small-number rule.
 */
export const communityCondition = `(rt IS NOT NULL OR rw IS NOT NULL)`;

/**
 * Proposals per area by stage and category: how many and their estimated cost (rupiah),
 * separately for RT/RW proposals (`community`) and those of individual residents.
 */
export function publicProposalStagesQuery(): Sql {
	const sql = `SELECT a.area, stage, category, ${communityCondition} AS community,
  count(*)::INTEGER AS n, sum(estimated_cost)::DOUBLE AS cost
FROM proposals p, unnest(${areaCodes('p.village_code')}) AS a(area)
GROUP BY ALL ORDER BY 1, 2, 3`;
	return { sql, params: [] };
}

/**
 * RT/RW proposals (never those of individual residents) per village and RW (empty RW: from an
 * RT with no RW): how many, how many reached the RKPD
 * and their estimated cost; plus the `limit` most recent proposals of each village (title,
 * RT/RW, stage, category, cost) in rows with `title` set.
 */
export function publicProposalListQuery(limit: number): Sql {
	const sql = `SELECT village_code AS area, coalesce(rw, '') AS rw, NULL AS rt, NULL AS title,
  NULL AS stage, NULL AS category, NULL::INTEGER AS plan_year, NULL AS submitted_at,
  count(*)::INTEGER AS n, (count(*) FILTER (WHERE ${rkpdCondition}))::INTEGER AS n_rkpd,
  sum(estimated_cost)::DOUBLE AS cost
FROM proposals WHERE ${communityCondition} GROUP BY village_code, coalesce(rw, '')
UNION ALL
SELECT * FROM (
  SELECT village_code, coalesce(rw, ''), rt, title, stage, category, plan_year,
    strftime(submitted_at, '%Y-%m-%d'), 1, CASE WHEN ${rkpdCondition} THEN 1 ELSE 0 END,
    estimated_cost
  FROM proposals WHERE ${communityCondition}
  QUALIFY row_number() OVER (PARTITION BY village_code ORDER BY submitted_at DESC, proposal_id) <= ?
)
ORDER BY 1, 4 NULLS FIRST, 8 DESC, 2`;
	return { sql, params: [limit] };
}
