import { z } from 'zod';
import { col, defineTable } from './define';
import { id, isoDateTime, programCode, villageCode } from './common';

/** Where a request came in. */
export const requestChannels = ['event', 'hotline', 'whatsapp', 'lapor', 'office'] as const;
/** What the citizen asked for. */
export const requestKinds = ['service', 'complaint', 'question', 'information'] as const;
/** Where a request stands now. */
export const requestStatuses = [
	'resolved_on_site',
	'forwarded',
	'in_progress',
	'resolved',
	'unanswered',
	'rejected'
] as const;
/** Statuses of requests that were passed on to an agency after the event. */
export const forwardedStatuses = ['forwarded', 'in_progress', 'resolved', 'unanswered'] as const;
/** How the result reaches the citizen. */
export const deliveries = ['on_site', 'post', 'pickup'] as const;

/** requests: every service, complaint, question or information request (no personal data). */
export const requests = defineTable('requests', 'Permohonan / pertanyaan warga', ['request_id'], {
	request_id: col(id, 'VARCHAR', 'Unique id', 'R-00012345'),
	program: col(
		programCode,
		'VARCHAR',
		'Program the request was received under (added: lets channels other than events be filtered by program)',
		'kenduren_mas'
	),
	event_id: col(
		id.nullable(),
		'VARCHAR',
		'Event it was made at; empty for other channels',
		'KM-2025-014'
	),
	channel: col(
		z.enum(requestChannels),
		'VARCHAR',
		'event | hotline | whatsapp | lapor | office',
		'event'
	),
	kind: col(
		z.enum(requestKinds),
		'VARCHAR',
		'service | complaint | question | information',
		'service'
	),
	agency_code: col(id, 'VARCHAR', 'Agency responsible (agencies.code)', 'DISPENDUKCAPIL'),
	service_code: col(
		id.nullable(),
		'VARCHAR',
		'Service asked for (services.code); empty for complaints and questions',
		'KTP_EL'
	),
	citizen_village_code: col(
		villageCode,
		'VARCHAR',
		"Citizen's home village (never the address)",
		'35.14.01.2003'
	),
	received_at: col(
		isoDateTime,
		'TIMESTAMP',
		'When it was received (local time)',
		'2025-02-20T09:14:00'
	),
	status: col(
		z.enum(requestStatuses),
		'VARCHAR',
		'resolved_on_site | forwarded | in_progress | resolved | unanswered | rejected',
		'resolved_on_site'
	),
	resolved_at: col(
		isoDateTime.nullable(),
		'TIMESTAMP',
		'When it was resolved; empty while open',
		'2025-02-20T09:40:00'
	),
	delivery: col(
		z.enum(deliveries).nullable(),
		'VARCHAR',
		'on_site | post | pickup; empty when nothing is delivered',
		'on_site'
	),
	satisfaction: col(
		z.coerce.number().int().min(1).max(5).nullable(),
		'INTEGER',
		'Satisfaction score 1–5; empty when not asked',
		'4'
	)
});
/** A row of `requests`. */
export type Request = z.infer<typeof requests.row>;
