import type { idReportRank } from './id-report-rank';

/** English words of the report's ranked findings and the rule labels. */
export const enReportRank: Record<keyof typeof idReportRank, string> = {
	report_top: 'Top findings',
	report_top_note:
		'At most {n} of the most serious findings across all rules. Severity = min(excess, 10) × log10(10 + people): "excess" = how far past the threshold (value ÷ threshold, or threshold ÷ value for "under" rules), "people" = the citizens it touches.',
	report_all: 'All findings ({n})',
	report_rank: 'Rank',
	report_rule: 'Rule',
	report_finding: 'Finding',
	report_people: 'People touched',
	report_severity: 'Severity',
	report_severity_rule:
		'Severity = min(excess, 10) × log10(10 + people). "Excess": value ÷ threshold ("at least" rules) or threshold ÷ value ("under" rules); for villages not reached, the share of villages ÷ 10 %. "People": requests left unanswered, not resolved within 5 working days or overdue; for an absent agency, the events it missed × the average turnout per event; for villages not reached, their population; 0 for the proposals rule.',
	report_ranked_by_rate:
		'Ranked by the percentage; agencies with fewer than {n} {unit} come last, without a percentage (too few to judge).',
	report_absent_pct: 'Absent (%)',
	report_unit_events: 'scheduled events',
	report_unit_requests: 'requests',
	rule_label_recent_absences: 'Recent absences',
	rule_label_absence_rate: 'Absence rate',
	rule_label_unanswered: 'Unanswered requests',
	rule_label_slow_follow_up: 'Slow follow-up',
	rule_label_overdue: 'Open past 5 working days',
	rule_label_villages_not_reached: 'Villages not reached',
	rule_label_low_proposals: 'Few proposals'
};
