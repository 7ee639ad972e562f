import { z } from 'zod';
import { col, defineTable } from './define';
import { id, programCode, regencyCode } from './common';

/** programs: the mobile service programs a data set covers. */
export const programs = defineTable('programs', 'Program', ['code'], {
	code: col(programCode, 'VARCHAR', 'Program code used by every other table', 'kenduren_mas'),
	name: col(id, 'VARCHAR', 'Program name as the regency calls it', 'Kenduren Mas'),
	regency_code: col(regencyCode, 'VARCHAR', 'Regency or city that runs the program', '35.14'),
	description: col(
		z.string().nullable(),
		'VARCHAR',
		'One line on what the program does',
		'Mobil layanan 14 OPD keliling 24 kecamatan'
	)
});
/** A row of `programs`. */
export type Program = z.infer<typeof programs.row>;
