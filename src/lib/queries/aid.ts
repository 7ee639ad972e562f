import type { ResolvedFilters } from '$lib/schema/filters';
import type { Sql } from '$lib/sql';
import { selectedRegion } from './area';
import { regionClause } from './filter-sql';

/** Columns that keep aid apart: never pooled across schemes, commodities or units. */
const aidKey = 'd.aid_program, d.commodity, d.unit';

/** Program and region conditions on `aid_distributions d` (months are chosen by the caller). */
function scope(f: ResolvedFilters): Sql {
	const region = regionClause('d.village_code', selectedRegion(f));
	return {
		sql: `${f.program ? 'd.program = ?' : 'TRUE'} AND ${region.sql}`,
		params: [...(f.program ? [f.program] : []), ...region.params]
	};
}

/** Months with aid in scope (`YYYY-MM`), latest first. */
export function aidMonthsQuery(f: ResolvedFilters): Sql {
	const w = scope(f);
	return {
		sql: `SELECT DISTINCT strftime(d.date, '%Y-%m') AS month FROM aid_distributions d WHERE ${w.sql} ORDER BY month DESC`,
		params: w.params
	};
}

/**
 * Aid per village in one month (`YYYY-MM`), one row per village and scheme / commodity / unit:
 * quantity, households reached and targeted, share of target (recipients / target, %), quantity
 * per household, and `months_below`: the months in a row, ending with this one, in which the
 * village got the commodity for fewer households than targeted (0 when this month is on target).
 */
export function aidVillagesQuery(f: ResolvedFilters, month: string): Sql {
	const w = scope(f);
	return {
		sql: `WITH m AS (
  SELECT d.village_code, ${aidKey}, CAST(date_trunc('month', d.date) AS DATE) AS month,
    sum(d.quantity) AS quantity, sum(d.recipients) AS recipients, sum(d.target_recipients) AS target
  FROM aid_distributions d
  WHERE ${w.sql} AND d.date < CAST(? || '-01' AS DATE) + INTERVAL 1 MONTH
  GROUP BY ALL
), r AS (
  SELECT *, coalesce(recipients < target, false) AS below,
    sum(CASE WHEN coalesce(recipients < target, false) THEN 0 ELSE 1 END)
      OVER (PARTITION BY village_code, aid_program, commodity, unit ORDER BY month) AS grp
  FROM m
), runs AS (
  SELECT village_code, aid_program, commodity, unit, grp, count(*) FILTER (WHERE below) AS months_below
  FROM r GROUP BY ALL
)
SELECT r.village_code, v.name AS village, k.name AS district, r.aid_program, r.commodity, r.unit,
  r.quantity, r.recipients, r.target, 100.0 * r.recipients / nullif(r.target, 0) AS target_pct,
  r.quantity / nullif(r.recipients, 0) AS per_household, runs.months_below
FROM r JOIN runs USING (village_code, aid_program, commodity, unit, grp)
LEFT JOIN regions v ON v.code = r.village_code LEFT JOIN regions k ON k.code = v.parent_code
WHERE r.month = CAST(? || '-01' AS DATE)
ORDER BY r.aid_program, r.commodity, r.unit, r.village_code`,
		params: [...w.params, month, month]
	};
}

/**
 * Monthly totals per scheme / commodity / unit: quantity, households reached and targeted,
 * villages served and villages below target, and the quantity the target would take at the
 * month's quantity per household (`quantity_at_target`).
 */
export function aidMonthlyQuery(f: ResolvedFilters): Sql {
	const w = scope(f);
	return {
		sql: `WITH v AS (
  SELECT strftime(d.date, '%Y-%m') AS month, d.village_code, ${aidKey},
    sum(d.quantity) AS quantity, sum(d.recipients) AS recipients, sum(d.target_recipients) AS target
  FROM aid_distributions d WHERE ${w.sql} GROUP BY ALL
)
SELECT month, aid_program, commodity, unit, sum(quantity) AS quantity, sum(recipients) AS recipients,
  sum(target) AS target, count(*) AS villages,
  count(*) FILTER (WHERE recipients < target) AS villages_below,
  sum(quantity) / nullif(sum(recipients), 0) * sum(target) AS quantity_at_target
FROM v GROUP BY ALL ORDER BY aid_program, commodity, unit, month`,
		params: w.params
	};
}
