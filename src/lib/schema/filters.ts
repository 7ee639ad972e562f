import { z } from 'zod';
import { districtCode, isoDate, programCode, regencyCode, villageCode } from './common';
import { requestChannels, requestKinds } from './requests';

/**
 * Global filters, as kept in the URL
 * (`?program=…&agency=…&kind=…&channel=…&regency=…&district=…&village=…&from=…&to=…`).
 */
export const filtersSchema = z
	.object({
		program: programCode.optional().catch(undefined),
		agency: z
			.string()
			.regex(/^[A-Za-z0-9_.-]{1,64}$/)
			.optional()
			.catch(undefined),
		kind: z.enum(requestKinds).optional().catch(undefined),
		channel: z.enum(requestChannels).optional().catch(undefined),
		regency: regencyCode.optional().catch(undefined),
		district: districtCode.optional().catch(undefined),
		village: villageCode.optional().catch(undefined),
		from: isoDate.optional().catch(undefined),
		to: isoDate.optional().catch(undefined),
		/** A plan (RKPD) year: the proposals page counts by it instead of the period. */
		year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined)
	})
	.transform((f) => {
		// A child region must lie inside its parent; drop the ones that do not.
		const district =
			f.district && (!f.regency || f.district.startsWith(f.regency + '.')) ? f.district : undefined;
		const village =
			f.village && district && f.village.startsWith(district + '.') ? f.village : undefined;
		const [from, to] = f.from && f.to && f.from > f.to ? [f.to, f.from] : [f.from, f.to];
		return { ...f, district, village, from, to };
	});
/** Global filters after validation. */
export type Filters = z.infer<typeof filtersSchema>;

/** Filters with the date range resolved (queries always run on a concrete period). */
export interface ResolvedFilters {
	program?: string;
	/** An agency code; only the pages that say so apply it (the map). */
	agency?: string;
	/** A request kind and channel; only pages about requests apply them. */
	kind?: string;
	channel?: string;
	regency?: string;
	district?: string;
	village?: string;
	from: string;
	to: string;
	year?: number;
}
