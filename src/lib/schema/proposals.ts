import { z } from 'zod';
import { col, defineTable } from './define';
import { csvBoolean, id, isoDate, programCode, villageCode } from './common';

/** Where a proposal came from. */
export const proposalSources = ['urun_rembug', 'musrenbang'] as const;
/** Stages a proposal moves through, in order; `rejected` ends it anywhere. */
export const proposalStages = [
	'submitted',
	'verified',
	'kecamatan',
	'city_forum',
	'rkpd',
	'funded',
	'implemented',
	'rejected'
] as const;
/** Stages at or past the regional plan (RKPD). */
export const rkpdStages = ['rkpd', 'funded', 'implemented'] as const;

/** proposals: development proposals from citizens (urun rembug, musrenbang). */
export const proposals = defineTable('proposals', 'Usulan pembangunan', ['proposal_id'], {
	proposal_id: col(id, 'VARCHAR', 'Unique id', 'MR-2025-3514012001-0042'),
	program: col(programCode, 'VARCHAR', 'Program code (programs.code) (added)', 'musrenbang'),
	source: col(z.enum(proposalSources), 'VARCHAR', 'urun_rembug | musrenbang', 'musrenbang'),
	event_id: col(id.nullable(), 'VARCHAR', 'Event it was made at; empty otherwise', ''),
	village_code: col(villageCode, 'VARCHAR', 'Village (kelurahan) it is for', '35.14.01.2001'),
	rt: col(
		z
			.string()
			.regex(/^\d{1,3}$/)
			.nullable(),
		'VARCHAR',
		'RT number; empty when not from an RT',
		'004'
	),
	rw: col(
		z
			.string()
			.regex(/^\d{1,3}$/)
			.nullable(),
		'VARCHAR',
		'RW number; empty when not from an RW',
		'002'
	),
	plan_year: col(
		z.coerce.number().int().min(2000).max(2100),
		'INTEGER',
		'Budget year it is proposed for',
		'2026'
	),
	category: col(
		id,
		'VARCHAR',
		'infrastruktur, pendidikan, kesehatan, ekonomi, sosial, lingkungan',
		'infrastruktur'
	),
	title: col(id, 'VARCHAR', 'Short title (text, never HTML)', 'Perbaikan saluran air RW 02'),
	estimated_cost: col(
		z.coerce.number().nonnegative().nullable(),
		'DOUBLE',
		'Estimated cost in rupiah',
		'150000000'
	),
	submitted_at: col(
		isoDate,
		'DATE',
		'Day it was submitted (added: the period filter uses it)',
		'2025-01-22'
	),
	stage: col(
		z.enum(proposalStages),
		'VARCHAR',
		'submitted | verified | kecamatan | city_forum | rkpd | funded | implemented | rejected',
		'kecamatan'
	),
	answered: col(csvBoolean, 'BOOLEAN', 'Whether the proposer got an answer (true/false)', 'true'),
	agency_code: col(id.nullable(), 'VARCHAR', 'Agency it was assigned to', 'DPUPR'),
	updated_at: col(isoDate, 'DATE', 'Last change of stage', '2025-04-10')
});
/** A row of `proposals`. */
export type Proposal = z.infer<typeof proposals.row>;
