import { json } from '@sveltejs/kit';
import { publicData } from '$lib/server/public-data';

export const prerender = true;

/** Every village as [code, name, kecamatan, regency], for the search box of the index page. */
export async function GET() {
	const b = await publicData();
	return json(
		[...b.areas.values()]
			.filter((a) => a.level === 'village')
			.map((a) => [a.code, a.name, a.district_name ?? '', a.regency_name ?? ''])
	);
}
