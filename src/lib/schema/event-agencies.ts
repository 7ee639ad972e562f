import { z } from 'zod';
import { col, defineTable } from './define';
import { id } from './common';

/** Attendance of a scheduled agency at an event. */
export const attendanceStatuses = ['present', 'late', 'absent', 'excused'] as const;

/** event_agencies: which scheduled agency showed up at which event. */
export const eventAgencies = defineTable(
	'event_agencies',
	'Kehadiran instansi',
	['event_id', 'agency_code'],
	{
		event_id: col(id, 'VARCHAR', 'Event (events.event_id)', 'KM-2025-014'),
		agency_code: col(id, 'VARCHAR', 'Scheduled agency (agencies.code)', 'DINSOS'),
		status: col(
			z.enum(attendanceStatuses),
			'VARCHAR',
			'present | late | absent | excused',
			'present'
		),
		staff: col(
			z.coerce.number().int().nonnegative().nullable(),
			'INTEGER',
			'Staff on duty; empty when absent or not counted',
			'4'
		)
	}
);
/** A row of `event_agencies`. */
export type EventAgency = z.infer<typeof eventAgencies.row>;
