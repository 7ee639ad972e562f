import { publicData } from '$lib/server/public-data';
import type { EntryGenerator, PageServerLoad } from './$types';

/** The index in Indonesian and in English. */
export const entries: EntryGenerator = () => [{}, { lang: 'en' }];

export const load: PageServerLoad = async ({ params }) => {
	const b = await publicData();
	const regencies = [...b.areas.values()]
		.filter((a) => a.level === 'regency')
		.map((r) => ({
			code: r.code,
			name: r.name,
			districts: (b.children.get(r.code) ?? []).map((d) => ({ code: d.code, name: d.name }))
		}));
	return {
		locale: params.lang === 'en' ? ('en' as const) : ('id' as const),
		lastDay: b.lastDay,
		synthetic: b.synthetic,
		regencies
	};
};
