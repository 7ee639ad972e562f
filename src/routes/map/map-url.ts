import { z } from 'zod';
import { breakMethods } from '$lib/map/classify';
import { mapMetricIds } from '$lib/queries/map-metrics';
import { villageCode } from '$lib/schema/common';

/** Map page parameters in the URL, next to the global filters. */
export const mapParamsSchema = z.object({
	metric: z.enum(mapMetricIds).catch('visitors'),
	level: z.enum(['district', 'village']).catch('district'),
	breaks: z.enum(breakMethods).catch('quantile'),
	sel: villageCode.optional().catch(undefined)
});
/** Map page parameters. */
export type MapParams = z.infer<typeof mapParamsSchema>;

/** Reads the map parameters from a URL (invalid values fall back to the defaults). */
export function readMapParams(url: URL): MapParams {
	return mapParamsSchema.parse(Object.fromEntries(url.searchParams));
}
