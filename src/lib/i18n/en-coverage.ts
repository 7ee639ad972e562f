import type { idCoverage } from './id-coverage';

/** English words of the coverage page. */
export const enCoverage: Record<keyof typeof idCoverage, string> = {
	nav_coverage: 'Coverage',
	cov_title: 'Service coverage',
	cov_intro:
		'Where the program went week by week, and the kecamatan and villages it did not visit in the period. Only service days held count (not cancelled or postponed ones). A village not visited may still be reached through requests from its residents: the evaluation report calls a village not reached only when it had no event and no request.',
	cov_summary: 'Rotation at a glance',
	cov_events: 'Service days held',
	cov_weeks: 'Weeks with a service day',
	cov_gap: 'Median gap between service weeks',
	cov_districts_visited: 'Kecamatan visited',
	cov_villages_visited: 'Villages visited',
	cov_of: '{n} of {total}',
	cov_weeks_n: '{n} weeks',
	cov_calendar: 'Calendar of service days by week and {level}',
	cov_calendar_note:
		'One column = one week (from Monday); the number is the service days held. The rotation from kecamatan to kecamatan shows as a staircase.',
	cov_week_of: 'Week of {date}',
	cov_cell: '{area}, week of {date}: {n} service days',
	cov_areas: 'Visits per {level}',
	cov_col_events: 'Service days',
	cov_col_villages: 'Villages visited',
	cov_col_weeks: 'Weeks visited',
	cov_col_gap: 'Median gap (weeks)',
	cov_col_max_gap: 'Longest gap (weeks)',
	cov_col_first: 'First in period',
	cov_col_last: 'Last in period',
	cov_col_area: 'Area',
	cov_col_last_visit: 'Last visit',
	cov_col_days_since: 'Days since last visit',
	cov_not_visited_districts: 'Kecamatan not visited in the period ({n})',
	cov_not_visited_villages: 'Villages not visited in the period ({n})',
	cov_never: 'never',
	cov_all_visited: 'All visited in this period.',
	cov_days_since_note:
		'Days are counted to the last day of the period. "Never": no service day held since the start of the data. Gap = weeks between two consecutive weeks with a service day.',
	cov_none: 'No service day held in this period.',
	quick_title: 'Evaluation questions',
	quick_questions: "Citizens' questions left unanswered, per agency",
	quick_proposals: 'Proposals per kelurahan up to the RKPD',
	quick_aid: 'Rice and milk per village, latest month',
	quick_coverage: 'Villages not visited'
};
