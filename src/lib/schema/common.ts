import { z } from 'zod';

/** Kemendagri region code: `35`, `35.14`, `35.14.01` or `35.14.01.2001`. */
export const regionCode = z
	.string()
	.regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'kode wilayah tidak valid');
/** Kemendagri village code (`35.14.01.2001`). */
export const villageCode = z
	.string()
	.regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'kode desa tidak valid');
/** Kemendagri kecamatan code (`35.14.01`). */
export const districtCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'kode kecamatan tidak valid');
/** Kemendagri regency / city code (`35.14`). */
export const regencyCode = z.string().regex(/^\d{2}\.\d{2}$/, 'kode kabupaten/kota tidak valid');
/** ISO calendar date `YYYY-MM-DD`. */
export const isoDate = z.iso.date();
/** ISO date-time `YYYY-MM-DDTHH:MM[:SS]`, local time of the regency. */
export const isoDateTime = z.iso.datetime({ local: true });
/** A non-empty identifier. */
export const id = z.string().trim().min(1);
/** Programs the demo data covers; real data may add more codes. */
export const programCode = z.string().regex(/^[a-z0-9_]+$/, 'kode program: huruf kecil, angka, _');
/** Boolean as it appears in CSV files. */
export const csvBoolean = z.union([
	z.boolean(),
	z
		.enum(['true', 'false', '1', '0', 'ya', 'tidak', 'yes', 'no'])
		.transform((v) => ['true', '1', 'ya', 'yes'].includes(v))
]);
