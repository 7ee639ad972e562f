import { z } from 'zod';
import { col, defineTable } from './define';
import { id, regionCode } from './common';

/** Administrative levels, from the top. */
export const regionLevels = ['province', 'regency', 'district', 'village'] as const;
/** An administrative level. */
export type RegionLevel = (typeof regionLevels)[number];

/** regions: Kemendagri regions with population (from idn-area-data; population comes with the data). */
export const regions = defineTable('regions', 'Wilayah', ['code'], {
	code: col(regionCode, 'VARCHAR', 'Kemendagri code', '35.14.01.2001'),
	name: col(id, 'VARCHAR', 'Official name (text, never HTML)', 'Purwosari'),
	level: col(
		z.enum(regionLevels),
		'VARCHAR',
		'province | regency | district (kecamatan) | village (desa/kelurahan)',
		'village'
	),
	parent_code: col(
		regionCode.nullable(),
		'VARCHAR',
		'Code of the region one level up; empty for a province',
		'35.14.01'
	),
	population: col(
		z.coerce.number().int().nonnegative().nullable(),
		'INTEGER',
		'Residents (synthetic in the demo data)',
		'6412'
	),
	households: col(
		z.coerce.number().int().nonnegative().nullable(),
		'INTEGER',
		'Households (synthetic in the demo data)',
		'1873'
	)
});
/** A row of `regions`. */
export type Region = z.infer<typeof regions.row>;
