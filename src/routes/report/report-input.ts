import type { AgencyRow } from '$lib/queries/agencies';
import { statusesByAgency, type AttendanceMatrix } from '$lib/queries/attendance-matrix';
import type { Row } from '$lib/sql';
import type { OverviewData } from '$lib/queries/overview';
import { rules, type ReportInput } from '$lib/report/rules';
import type { SeverityContext } from '$lib/report/severity';
import type { ProgramHas } from '$lib/state/first-program';

/**
 * The loaded query results of the report, combined into the input the flag rules read; `lacks`:
 * what the program shown records nothing of.
 */
export function reportInput(
	agencies: AgencyRow[],
	matrix: AttendanceMatrix,
	notReached: Row[],
	inScope: Row[],
	proposals: Row[],
	lacks: readonly ProgramHas[] = []
): ReportInput {
	return {
		agencies,
		attendance: statusesByAgency(matrix),
		villagesNotReached: notReached.length,
		villagesInScope: Number(inScope[0]?.villages ?? 0),
		proposals: Number(proposals[0]?.proposals ?? 0),
		eventsHeld: Number(proposals[0]?.events_held ?? 0),
		lacks
	};
}

/**
 * What the severity of a finding needs beyond the finding: the rules' thresholds, the average
 * turnout per held event (citizens an absent agency did not serve) and the population of the
 * villages not reached.
 */
export function severityContext(overview: OverviewData, notReached: Row[]): SeverityContext {
	const events = Number(overview.current.events_held ?? 0);
	const visitors = Number(overview.current.visitors ?? 0);
	return {
		thresholds: Object.fromEntries(rules.map((r) => [r.id, r.thresholds])),
		visitorsPerEvent: events > 0 ? visitors / events : 0,
		populationNotReached: notReached.reduce((s, v) => s + Number(v.population ?? 0), 0)
	};
}

/**
 * Rows ranked by a rate (`part / whole`, %), highest first; rows with fewer than `min` cases in
 * `whole` have no rate (too few to judge) and come last, by `part`.
 */
export function byRate<T>(
	rows: T[],
	whole: (r: T) => number,
	part: (r: T) => number,
	min: number
): { row: T; pct: number | null }[] {
	return rows
		.map((row) => ({ row, pct: whole(row) >= min ? (100 * part(row)) / whole(row) : null }))
		.sort(
			(a, b) =>
				(a.pct === null ? 1 : 0) - (b.pct === null ? 1 : 0) ||
				(b.pct ?? 0) - (a.pct ?? 0) ||
				part(b.row) - part(a.row)
		);
}
