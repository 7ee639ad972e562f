import { z } from 'zod';

/** Where prepared boundary files are served, below the site's assets. */
export const BOUNDARIES_DIR = '/data/boundaries';

/** `manifest.json` written by `scripts/boundaries.ts`: prepared regencies and their files. */
export const manifestSchema = z.object({
	regencies: z.record(
		z.string(),
		z.object({ villages: z.string(), districts: z.string(), count: z.number().int() })
	)
});
/** The boundary manifest. */
export type Manifest = z.infer<typeof manifestSchema>;
