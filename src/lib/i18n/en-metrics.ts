import type { idMetrics } from './id-metrics';

/** English words of every metric and report rule (keys as in `id-metrics.ts`). */
export const enMetrics: Record<keyof typeof idMetrics, string> = {
	// Overview KPIs (queries/metrics.ts): label, definition.
	kpi_events_held: 'Events held',
	kpi_def_events_held: 'Events with status held in the period.',
	kpi_visitors: 'Visitors',
	kpi_def_visitors: 'Sum of visitors at held events.',
	kpi_requests: 'Requests',
	kpi_def_requests: 'All requests, complaints and questions received (every channel).',
	kpi_resolved_on_site_pct: 'Resolved on site',
	kpi_def_resolved_on_site_pct: 'Share of requests resolved on site.',
	kpi_forwarded_resolved_pct: 'Forwarded & resolved',
	kpi_def_forwarded_resolved_pct:
		'Of requests forwarded to an agency (forwarded, in progress, resolved, unanswered), the share resolved.',
	kpi_median_days_to_resolve: 'Median days to resolve',
	kpi_def_median_days_to_resolve:
		'Median days from receipt to resolution of forwarded requests that were resolved.',
	kpi_unanswered_pct: 'Unanswered',
	kpi_def_unanswered_pct: 'Share of requests never answered.',
	kpi_attendance_rate: 'Agency attendance',
	kpi_def_attendance_rate:
		'Of agencies scheduled at held events, the share that attended (on time or late). Excused counts as not attending.',
	kpi_rice_t: 'Rice distributed',
	kpi_def_rice_t: 'Rice distributed, in tonnes.',
	kpi_milk_packages: 'Milk distributed',
	kpi_def_milk_packages: 'Milk packages distributed.',
	kpi_proposals: 'Proposals submitted',
	kpi_def_proposals: 'Development proposals submitted in the period (urun rembug, musrenbang).',
	kpi_rkpd_pct: 'Proposals in the RKPD',
	kpi_def_rkpd_pct: 'Share of proposals that reached the RKPD (or were funded / implemented).',
	// Agency metrics (queries/agency-metrics.ts): label, definition.
	agency_metric_events_scheduled: 'Events scheduled',
	agency_def_events_scheduled:
		'Held events the agency was scheduled at (it has an attendance row).',
	agency_metric_events_attended: 'Attended',
	agency_def_events_attended: 'Events attended, on time or late.',
	agency_metric_attendance_rate: 'Attendance (%)',
	agency_def_attendance_rate: 'Attended over scheduled events. Excused counts as not attending.',
	agency_metric_absences: 'Absences',
	agency_def_absences: 'Events with status absent (not excused).',
	agency_metric_longest_absence_run: 'Longest absence run',
	agency_def_longest_absence_run:
		'Most consecutive scheduled events (in date order) with status absent.',
	agency_metric_requests: 'Requests',
	agency_def_requests:
		'Requests, complaints and questions received by the agency (every channel), by day received.',
	agency_metric_resolved_on_site_pct: 'Resolved on site (%)',
	agency_def_resolved_on_site_pct: 'Share of requests resolved on site.',
	agency_metric_forwarded_pct: 'Forwarded (%)',
	agency_def_forwarded_pct:
		'Share of requests forwarded to the agency (forwarded, in progress, resolved, unanswered).',
	agency_metric_forwarded_resolved_pct: 'Forwarded & resolved (%)',
	agency_def_forwarded_resolved_pct: 'Of forwarded requests, the share resolved.',
	agency_metric_median_days_to_resolve: 'Median days to resolve',
	agency_def_median_days_to_resolve:
		'Median calendar days from receipt to resolution of forwarded requests that were resolved (exact, from the histogram).',
	agency_metric_resolved_within_5wd_pct: 'Resolved ≤ 5 working days (%)',
	agency_def_resolved_within_5wd_pct:
		'Of forwarded requests (received in the period), the share resolved within 5 working days of receipt (the SP4N-LAPOR follow-up standard). Working days: Monday–Friday after the day received; weekends are skipped, public holidays are not known to the data. Unresolved requests count as not on time.',
	agency_metric_unanswered: 'Unanswered',
	agency_def_unanswered: 'Requests with status unanswered.',
	agency_metric_unanswered_pct: 'Unanswered (%)',
	agency_def_unanswered_pct: 'Share of all the agency’s requests never answered.',
	agency_metric_overdue: 'Open > 5 working days',
	agency_def_overdue:
		'Requests received in the period that are still open (forwarded or in progress) after more than 5 working days, counted up to the last day of data.',
	agency_metric_satisfaction_mean: 'Satisfaction (1–5)',
	agency_def_satisfaction_mean: 'Mean satisfaction score 1–5 over requests that were rated.',
	// Map metrics (queries/map-metrics.ts): label, definition.
	map_metric_visitors: 'Visitors at events',
	map_def_visitors: 'Visitors at held events hosted in the area (n = events).',
	map_metric_visitors_per_1000: 'Visitors per 1,000 residents',
	map_def_visitors_per_1000:
		'Visitors at events hosted in the area per 1,000 residents (n = events).',
	map_metric_reach_per_1000: 'Requests per 1,000 residents (home village)',
	map_def_reach_per_1000:
		'Requests from citizens living in the area per 1,000 residents, every channel (n = requests).',
	map_metric_attendance_pct: 'Agency attendance (%)',
	map_def_attendance_pct:
		'Of agencies scheduled at held events hosted in the area, the share that attended (n = scheduled agencies).',
	map_metric_on_site_pct: 'Resolved on site (%)',
	map_def_on_site_pct: 'Share of requests from the area resolved on site (n = requests).',
	map_metric_unanswered_pct: 'Unanswered (%)',
	map_def_unanswered_pct: 'Share of requests from the area never answered (n = requests).',
	map_metric_aid_kg_per_household: 'Rice per household (kg)',
	map_def_aid_kg_per_household:
		'Rice distributed to the area (kg) per household (n = distributions).',
	map_metric_rice_target_pct: 'Rice: households reached vs target (%)',
	map_def_rice_target_pct:
		'Households that received rice against households targeted for rice (n = households targeted; fewer than 5 are not judged). Milk is counted on its own.',
	map_metric_milk_target_pct: 'Milk: households reached vs target (%)',
	map_def_milk_target_pct:
		'Households that received milk against households targeted for milk (n = households targeted; fewer than 5 are not judged). Rice is counted on its own.',
	map_metric_proposals_per_1000: 'Proposals per 1,000 residents',
	map_def_proposals_per_1000:
		'Development proposals for the area per 1,000 residents (n = proposals).',
	map_metric_rkpd_pct: 'Proposals in the RKPD (%)',
	map_def_rkpd_pct:
		'Share of proposals that reached the RKPD or were funded / implemented (n = proposals).',
	map_metric_days_since_visit: 'Days since the last visit',
	map_def_days_since_visit:
		'Days from the last held event in the area to the end of the period; none in the period = never visited.',
	// Evaluation report rules (report/rules.ts): finding, then the rule with its {thresholds}.
	rule_msg_recent_absences: '{agency} was absent at {absent} of the last {n} events.',
	rule_desc_recent_absences: 'Absent at {absent} or more of the last {last} scheduled events.',
	rule_msg_absence_rate: '{agency} was absent at {absent} of {n} scheduled events ({pct}%).',
	rule_desc_absence_rate:
		'Absent at {pct}% or more of scheduled events (at least {min_events} events).',
	rule_msg_unanswered:
		'{agency} left {unanswered} of {requests} requests received unanswered ({pct}%).',
	rule_desc_unanswered:
		'{pct}% or more of requests received left unanswered (at least {min_requests} requests).',
	rule_msg_slow_follow_up:
		'{agency} resolved only {within} of {forwarded} forwarded requests within 5 working days ({pct}%).',
	rule_desc_slow_follow_up:
		'Under {pct}% of forwarded requests resolved within 5 working days (at least {min_forwarded} forwarded).',
	rule_msg_overdue: '{agency} still has {overdue} requests open for more than 5 working days.',
	rule_desc_overdue: '{count} or more requests open for more than 5 working days.',
	rule_msg_villages_not_reached:
		'{count} of {total} villages ({pct}%) were not reached: no event and no request from their citizens.',
	rule_desc_villages_not_reached: '{count} or more villages with no event and no request.',
	rule_msg_low_proposals:
		'Low participation in proposals: {proposals} proposals from {events} events ({per_event} per event).',
	rule_desc_low_proposals: 'Fewer than {per_event} development proposals per held event.'
};
