import { error } from '@sveltejs/kit';
import { publicId } from '$lib/i18n/public-id';
import { areaCsv } from '$lib/public/area-csv';
import { areaPage } from '$lib/public/model';
import { publicData } from '$lib/server/public-data';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One CSV per area page: `/public/csv/<code>.csv`. */
export const entries: EntryGenerator = async () =>
	[...(await publicData()).areas.keys()].map((code) => ({ file: `${code}.csv` }));

export const GET: RequestHandler = async ({ params }) => {
	const b = await publicData();
	const code = params.file.replace(/\.csv$/, '');
	if (!b.areas.has(code)) error(404, 'Not found');
	return new Response(areaCsv(areaPage(b, code), publicId.source), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
