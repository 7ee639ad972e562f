import type { ResolvedFilters } from '$lib/schema/filters';
import { familyWhere } from './filter-sql';
import { families } from './metrics';
import { requestBase } from './agency-metrics';
import type { Sql } from '$lib/sql';

/** Sections of the village side panel, in display order. */
export type DetailSection = 'event' | 'service' | 'status' | 'aid' | 'proposal';

/**
 * Everything the side panel shows for one village in one statement: its held and other events,
 * top five services asked for by its citizens, requests by status, aid by commodity and
 * proposals by stage. Columns: section, label, detail, n, v1, v2 (meaning depends on section).
 */
export function villageDetailQuery(f: ResolvedFilters, village: string): Sql {
	const opts = { program: f.program, region: village, from: f.from, to: f.to };
	const ev = familyWhere(families.events, opts);
	const st = familyWhere(families.requests, opts);
	const aid = familyWhere(families.aid, opts);
	const pr = familyWhere(families.proposals, opts);
	const sql = `SELECT * FROM (
  SELECT 'event' AS section, strftime(e.date, '%Y-%m-%d') AS label, e.status AS detail,
    CAST(e.visitors AS DOUBLE) AS n, NULL::DOUBLE AS v1, NULL::DOUBLE AS v2, e.venue AS extra, 0 AS o
  FROM events e WHERE ${ev.sql}
  UNION ALL
  SELECT * FROM (SELECT 'service', coalesce(s.name, r.service_code), r.service_code, ${requestBase.n}, NULL, NULL, NULL, 1
    FROM requests_daily r LEFT JOIN services s ON s.code = r.service_code
    WHERE r.service_code IS NOT NULL AND ${st.sql} GROUP BY ALL ORDER BY 4 DESC, 3 LIMIT 5)
  UNION ALL
  SELECT 'status', unnest(['resolved_on_site', 'open', 'resolved', 'unanswered', 'rejected']), NULL,
    unnest([sum(r.n_on_site), sum(r.n_open), sum(r.n_resolved), sum(r.n_unanswered), sum(r.n_rejected)]),
    NULL, NULL, NULL, 2
  FROM requests_daily r WHERE ${st.sql}
  UNION ALL
  SELECT 'aid', d.commodity, d.unit, count(*), sum(d.quantity), 100.0 * sum(d.recipients) / nullif(sum(d.target_recipients), 0), NULL, 3
  FROM aid_distributions d WHERE ${aid.sql} GROUP BY ALL
  UNION ALL
  SELECT 'proposal', p.stage, NULL, count(*), NULL, NULL, NULL, 4
  FROM proposals p WHERE ${pr.sql} GROUP BY ALL
) ORDER BY o, CASE WHEN section = 'event' THEN label END DESC, n DESC NULLS LAST, label`;
	return {
		sql,
		params: [...ev.params, ...st.params, ...st.params, ...aid.params, ...pr.params]
	};
}
