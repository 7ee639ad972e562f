import type { idWorkspace } from './id-workspace';

/** English words of the planner's workspace: click to filter, first view, dates, codes. */
export const enWorkspace: Record<keyof typeof idWorkspace, string> = {
	xf_hint: 'Click an area name to filter the whole page; click again to clear.',
	xf_select: 'Filter the page to {name}',
	agency_cols: 'Columns:',
	agency_group_attendance: 'Attendance',
	agency_group_requests: 'Requests',
	agency_group_timeliness: 'Timeliness',
	xf_bar_hint:
		'Click an agency\'s bar or name to filter the page to it; click again (or "All") to clear.',
	xf_clear: 'Clear the filter {name}',
	xf_villages_of: 'Villages in {name}',
	xf_compare_area: 'Compare {name} with other areas…'
};
