import type { Sql, SqlParam } from '$lib/sql';
import { familyWhere, regionClause } from './filter-sql';
import type { Family } from './metrics';
import { addDays } from './period';

/** The cubes (`cube-tables.ts`) of the families that have them: village and kecamatan level. */
const cubes: Partial<Record<Family['id'], { village: string; district: string }>> = {
	facts: { village: 'facts_cube', district: 'facts_cube_district' },
	resolution: { village: 'resolution_cube', district: 'resolution_cube_district' }
};

/** A range of days (or of month starts), both ends included. */
export interface DayRange {
	from: string;
	to: string;
}

const monthStart = (iso: string) => `${iso.slice(0, 8)}01`;
const isMonthStart = (iso: string) => iso.endsWith('-01');

/**
 * Splits `from`..`to` into its whole calendar months (as the range of their first days) and the
 * days of the partial months at either end. Without a whole month, all days are partial.
 */
export function splitPeriod(
	from: string,
	to: string
): { months: DayRange | null; days: DayRange[] } {
	const first = isMonthStart(from) ? from : monthStart(addDays(monthStart(from), 31));
	const end = isMonthStart(addDays(to, 1)) ? addDays(to, 1) : monthStart(to);
	if (first >= end) return { months: null, days: [{ from, to }] };
	const days: DayRange[] = [];
	if (from < first) days.push({ from, to: addDays(first, -1) });
	if (end <= to) days.push({ from: end, to });
	return { months: { from: first, to: monthStart(addDays(end, -1)) }, days };
}

/** Where a family's rows of two adjacent periods are read, and which period a row belongs to. */
export interface PeriodScan {
	/** `FROM … WHERE …`: the rows of both periods (program and region applied). */
	from: Sql;
	/** `'cur'` or `'prev'` for a row (a SELECT expression). */
	period: Sql;
	/** The family as read: its columns for month, village or kecamatan code. */
	fam: Family;
}

/** The time condition on a cube: whole months from its monthly rows, partial ones from its days. */
function cubeTime(alias: string, periods: DayRange[]): Sql {
	const parts: string[] = [];
	const params: SqlParam[] = [];
	for (const p of periods) {
		const { months, days } = splitPeriod(p.from, p.to);
		if (months) {
			parts.push(
				`(${alias}.day IS NULL AND ${alias}.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE))`
			);
			params.push(months.from, months.to);
		}
		for (const d of days) {
			parts.push(`${alias}.day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`);
			params.push(d.from, d.to);
		}
	}
	const first = monthStart(periods[0]!.from);
	const last = monthStart(periods[periods.length - 1]!.to);
	// The month range alone is a plain column filter: DuckDB skips row groups outside it.
	return {
		sql: `${alias}.month BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND (${parts.join(' OR ')})`,
		params: [first, last, ...params]
	};
}

/**
 * One scan of a family's rows over the previous and the current period (adjacent: `prev.to` is
 * the day before `cur.from`). A family with a cube reads whole months from its monthly rows and
 * partial months from its daily rows; the sums are the same as over the daily rows.
 * `coarse`: areas are kecamatan, so the kecamatan-level table serves.
 */
export function periodScan(
	base: Family,
	coarse: boolean,
	f: { program?: string; region?: string },
	prev: DayRange,
	cur: DayRange
): PeriodScan {
	const cube = cubes[base.id];
	const fam = coarse && base.coarse ? { ...base, ...base.coarse } : base;
	if (!cube) {
		const w = familyWhere(fam, { ...f, from: prev.from, to: cur.to });
		const ts = fam.timestamp ? 'TIMESTAMP' : 'DATE';
		return {
			from: { sql: `FROM ${fam.from} WHERE ${w.sql}`, params: w.params },
			period: {
				sql: `CASE WHEN ${fam.date} >= CAST(? AS ${ts}) THEN 'cur' ELSE 'prev' END`,
				params: [cur.from]
			},
			fam
		};
	}
	const alias = fam.from.split(' ').at(-1)!;
	const read: Family = {
		...fam,
		from: `${coarse ? cube.district : cube.village} ${alias}`,
		date: `${alias}.day`,
		month: `${alias}.month`,
		village: `${alias}.${coarse ? 'district_code' : 'village_code'}`
	};
	const time = cubeTime(alias, [prev, cur]);
	const region = regionClause(read.village, f.region);
	const program = f.program
		? { sql: `${read.program} = ?`, params: [f.program] }
		: { sql: 'TRUE', params: [] };
	return {
		from: {
			sql: `FROM ${read.from} WHERE ${time.sql} AND (${program.sql}) AND (${region.sql})`,
			params: [...time.params, ...program.params, ...region.params]
		},
		period: {
			sql: `CASE WHEN coalesce(${alias}.day, ${alias}.month) >= CAST(? AS DATE) THEN 'cur' ELSE 'prev' END`,
			params: [cur.from]
		},
		fam: read
	};
}
