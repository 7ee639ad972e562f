import { z } from 'zod';
import { col, defineTable } from './define';
import { districtCode, id, isoDate, programCode, regencyCode, villageCode } from './common';

/** What became of a scheduled event. */
export const eventStatuses = ['held', 'cancelled', 'postponed'] as const;

/** events: service days / visits of a program to a village. */
export const events = defineTable('events', 'Kegiatan layanan', ['event_id'], {
	event_id: col(id, 'VARCHAR', 'Unique id of the service day', 'KM-2025-014'),
	program: col(programCode, 'VARCHAR', 'Program code (programs.code)', 'kenduren_mas'),
	regency_code: col(regencyCode, 'VARCHAR', 'Regency code', '35.14'),
	district_code: col(districtCode, 'VARCHAR', 'Kecamatan code of the host village', '35.14.01'),
	village_code: col(villageCode, 'VARCHAR', 'Host village code', '35.14.01.2001'),
	venue: col(
		z.string().nullable(),
		'VARCHAR',
		'Place (text, never HTML)',
		'Kantor Kecamatan Purwosari'
	),
	date: col(isoDate, 'DATE', 'Day of service (YYYY-MM-DD)', '2025-02-20'),
	status: col(z.enum(eventStatuses), 'VARCHAR', 'held | cancelled | postponed', 'held'),
	visitors: col(
		z.coerce.number().int().nonnegative().nullable(),
		'INTEGER',
		'Citizens who came (turnout); empty when not counted',
		'412'
	)
});
/** A row of `events`. */
export type Event = z.infer<typeof events.row>;
