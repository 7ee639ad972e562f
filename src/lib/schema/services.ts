import { z } from 'zod';
import { col, defineTable } from './define';
import { csvBoolean, id } from './common';

/** services: the services agencies offer at events. */
export const services = defineTable('services', 'Layanan', ['code'], {
	code: col(id, 'VARCHAR', 'Service code, unique within the data set', 'KTP_EL'),
	name: col(id, 'VARCHAR', 'Service name', 'Perekaman dan cetak KTP-el'),
	agency_code: col(id, 'VARCHAR', 'Agency that provides it (agencies.code)', 'DISPENDUKCAPIL'),
	category: col(id, 'VARCHAR', 'Group of services', 'adminduk'),
	paid: col(csvBoolean, 'BOOLEAN', 'Whether the citizen pays a fee or tax (true/false)', 'false')
});
/** A row of `services`. */
export type Service = z.infer<typeof services.row>;
