import { z } from 'zod';
import { col, defineTable } from './define';
import { id } from './common';

/** Kinds of agency: police, BPJS and PT Pos are not OPD. */
export const agencyKinds = ['opd', 'vertical', 'bumn', 'other'] as const;

/** agencies: the agencies (OPD and others) that serve at events. */
export const agencies = defineTable('agencies', 'Perangkat daerah / instansi', ['code'], {
	code: col(id, 'VARCHAR', 'Agency code, unique within the data set', 'DISPENDUKCAPIL'),
	name: col(id, 'VARCHAR', 'Full name', 'Dinas Kependudukan dan Catatan Sipil'),
	short_name: col(id, 'VARCHAR', 'Short name for charts and tables', 'Dispendukcapil'),
	kind: col(
		z.enum(agencyKinds),
		'VARCHAR',
		'opd | vertical (police, ministries) | bumn (PT Pos, BPJS) | other (PMI)',
		'opd'
	)
});
/** A row of `agencies`. */
export type Agency = z.infer<typeof agencies.row>;
