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
	channel_office: 'Office'
};
