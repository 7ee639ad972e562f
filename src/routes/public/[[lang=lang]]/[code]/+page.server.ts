import { error } from '@sveltejs/kit';
import { publicData } from '$lib/server/public-data';
import { areaPage } from '$lib/public/model';
import type { EntryGenerator, PageServerLoad } from './$types';

/** One page per regency, kecamatan and village, in Indonesian and in English. */
export const entries: EntryGenerator = async () => {
	const b = await publicData();
	return [...b.areas.keys()].flatMap((code) => [{ code }, { code, lang: 'en' }]);
};

export const load: PageServerLoad = async ({ params }) => {
	const b = await publicData();
	if (!b.areas.has(params.code)) error(404, 'Not found');
	return {
		locale: params.lang === 'en' ? ('en' as const) : ('id' as const),
		page: areaPage(b, params.code)
	};
};
