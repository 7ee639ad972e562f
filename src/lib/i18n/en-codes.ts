import type { idCodes } from './id-codes';

/** English labels of the data's codes not labelled elsewhere (see code-words.ts). */
export const enCodes: Record<keyof typeof idCodes, string> = {
	event_status_held: 'Held',
	event_status_cancelled: 'Cancelled',
	event_status_postponed: 'Postponed',
	request_status_resolved_on_site: 'Resolved on site',
	request_status_forwarded: 'Forwarded',
	request_status_in_progress: 'In progress',
	request_status_resolved: 'Resolved',
	request_status_unanswered: 'Unanswered',
	request_status_rejected: 'Rejected',
	source_urun_rembug: 'Urun rembug (citizen forum)',
	source_musrenbang: 'Musrenbang',
	delivery_on_site: 'On site',
	delivery_post: 'By post',
	delivery_pickup: 'Picked up',
	agency_kind_opd: 'Local government agency (OPD)',
	agency_kind_vertical: 'Central government office',
	agency_kind_bumn: 'State-owned company',
	agency_kind_other: 'Other',
	aid_unit_kg: 'kg',
	aid_unit_paket: 'packages',
	aid_unit_rupiah: 'rupiah',
	level_province: 'Province'
};
