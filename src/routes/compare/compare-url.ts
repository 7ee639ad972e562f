import { z } from 'zod';
import { compareMetrics, levelLength } from '$lib/queries/compare';
import { regionCode } from '$lib/schema/common';

/** Most areas the compare page takes at once. */
export const MAX_AREAS = 6;

const metricIds = compareMetrics.map((m) => m.id) as [string, ...string[]];
const levels = Object.keys(levelLength) as [
	keyof typeof levelLength,
	...(keyof typeof levelLength)[]
];

/** Compare page parameters in the URL (`?areas=35.14.01,35.14.02&metric=…&level=…`). */
export const compareParamsSchema = z.object({
	areas: z
		.string()
		.optional()
		.transform((s) =>
			[
				...new Set(
					(s ?? '').split(',').filter((c) => regionCode.safeParse(c).success && c.length > 2)
				)
			].slice(0, MAX_AREAS)
		)
		.catch([]),
	metric: z.enum(metricIds).catch('visitors_per_1000'),
	level: z.enum(levels).catch('district')
});
/** Compare page parameters. */
export type CompareParams = z.infer<typeof compareParamsSchema>;

/** Reads the compare parameters from a URL (invalid values fall back to the defaults). */
export function readCompareParams(url: URL): CompareParams {
	return compareParamsSchema.parse(Object.fromEntries(url.searchParams));
}
