import { z } from 'zod';
import { col, defineTable } from './define';
import { id, isoDate, villageCode } from './common';

/** Units aid is counted in. */
export const aidUnits = ['kg', 'paket', 'rupiah'] as const;

/** aid_distributions: rice, milk and cash aid handed out per village. */
export const aidDistributions = defineTable(
	'aid_distributions',
	'Penyaluran bantuan',
	['distribution_id'],
	{
		distribution_id: col(id, 'VARCHAR', 'Unique id', 'AID-2025-00031'),
		program: col(
			z.string().regex(/^[a-z0-9_]+$/),
			'VARCHAR',
			'Program code (programs.code) the distribution belongs to (added)',
			'kenduren_mas'
		),
		aid_program: col(id, 'VARCHAR', 'Aid scheme: pkh, bpnt, beras, susu, …', 'beras'),
		event_id: col(
			id.nullable(),
			'VARCHAR',
			'Event it was handed out at; empty otherwise',
			'KM-2025-014'
		),
		date: col(isoDate, 'DATE', 'Day of distribution', '2025-02-20'),
		village_code: col(villageCode, 'VARCHAR', 'Receiving village', '35.14.01.2001'),
		commodity: col(id, 'VARCHAR', 'What was handed out: beras, susu, uang', 'beras'),
		quantity: col(z.coerce.number().nonnegative(), 'DOUBLE', 'Amount, in `unit`', '1250'),
		unit: col(z.enum(aidUnits), 'VARCHAR', 'kg | paket | rupiah', 'kg'),
		recipients: col(
			z.coerce.number().int().nonnegative(),
			'INTEGER',
			'Households that received it',
			'125'
		),
		target_recipients: col(
			z.coerce.number().int().nonnegative().nullable(),
			'INTEGER',
			'Households that should have received it',
			'140'
		)
	}
);
/** A row of `aid_distributions`. */
export type AidDistribution = z.infer<typeof aidDistributions.row>;
