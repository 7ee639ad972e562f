import type { Sql, SqlParam } from '$lib/sql';
import { familyWhere, regionClause } from './filter-sql';
import type { Family } from './metrics';
import { addDays } from './period';

/** Families whose kecamatan-level table is a cube (`cube-tables.ts`: daily and monthly rows). */
const cubed: ReadonlySet<Family['id']> = new Set(['facts', 'resolution']);

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
 * the day before `cur.from`). `coarse`: areas are kecamatan, so the family's kecamatan-level
 * table serves; when that is a cube, whole months come from its monthly rows and partial months
 * from its daily rows (the sums are the same). Below a kecamatan the daily rows are few.
 */
export function periodScan(
	base: Family,
	coarse: boolean,
	f: { program?: string; region?: string },
	prev: DayRange,
	cur: DayRange
): PeriodScan {
	const fam = coarse && base.coarse ? { ...base, ...base.coarse } : base;
	if (fam === base || !cubed.has(base.id)) {
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
	const time = cubeTime(alias, [prev, cur]);
	const region = regionClause(fam.village, f.region);
	const program = f.program
		? { sql: `${fam.program} = ?`, params: [f.program] }
		: { sql: 'TRUE', params: [] };
	return {
		from: {
			sql: `FROM ${fam.from} WHERE ${time.sql} AND (${program.sql}) AND (${region.sql})`,
			params: [...time.params, ...program.params, ...region.params]
		},
		period: {
			sql: `CASE WHEN coalesce(${alias}.day, ${alias}.month) >= CAST(? AS DATE) THEN 'cur' ELSE 'prev' END`,
			params: [cur.from]
		},
		fam: { ...fam, month: `${alias}.month` }
	};
}
