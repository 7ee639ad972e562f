import type { AgencyRow } from '$lib/queries/agencies';
import { statusesByAgency, type AttendanceMatrix } from '$lib/queries/attendance-matrix';
import type { Row } from '$lib/sql';
import type { ReportInput } from '$lib/report/rules';

/** The loaded query results of the report, combined into the input the flag rules read. */
export function reportInput(
	agencies: AgencyRow[],
	matrix: AttendanceMatrix,
	notReached: Row[],
	inScope: Row[],
	proposals: Row[]
): ReportInput {
	return {
		agencies,
		attendance: statusesByAgency(matrix),
		villagesNotReached: notReached.length,
		villagesInScope: Number(inScope[0]?.villages ?? 0),
		proposals: Number(proposals[0]?.proposals ?? 0),
		eventsHeld: Number(proposals[0]?.events_held ?? 0)
	};
}
