import type { idPrograms } from './id-programs';

/** English words of the program views: requests, proposals, aid and coverage. */
export const enPrograms: Record<keyof typeof idPrograms, string> = {
	filter_kind: 'Request kind',
	filter_channel: 'Channel',
	kind_service: 'Service',
	kind_complaint: 'Complaint',
	kind_question: 'Question',
	kind_information: 'Information',
	channel_event: 'At the event',
	channel_hotline: 'Hotline',
	channel_whatsapp: 'WhatsApp',
	channel_lapor: 'SP4N-LAPOR',
	channel_office: 'Office',
	nav_requests: 'Requests',
	req_title: "Citizens' requests: lifecycle and time to resolve",
	req_by: 'Break down by',
	req_by_agency: 'Agency',
	req_by_service: 'Service',
	req_all: 'All',
	req_lifecycle: 'Request lifecycle',
	req_lifecycle_note:
		'Every request received ends in one status: resolved on site, or forwarded to the agency and then resolved, still in progress or unanswered; or rejected.',
	req_received: 'Received',
	req_on_site: 'Resolved on site',
	req_forwarded: 'Forwarded',
	req_resolved: 'Forwarded & resolved',
	req_open: 'In progress',
	req_unanswered: 'Unanswered',
	req_rejected: 'Rejected',
	req_resolution: 'Days to resolve forwarded requests',
	req_res_n: 'Resolved',
	req_median: 'Median (days)',
	req_p90: '90th percentile (days)',
	req_backlog: 'Open backlog by age',
	req_backlog_note:
		'Requests received in the period that are still forwarded or in progress; age in calendar days up to {date}.',
	req_age_days: '{range} days',
	req_few:
		'Too few to judge: a rate computed from fewer than {n} requests shows “—” and sorts last. Each rate’s base: resolved on site and unanswered of requests received; forwarded & resolved and ≤ 5 working days of requests forwarded; median and 90th percentile of requests resolved.',
	req_rates: 'Rates per agency or service'
};
