import { describe, expect, it } from 'vitest';
import { loaded } from './support/agency-page.ts';
import { openPage, useSite } from './support/site.ts';

const site = useSite();

describe('data faults and context in Chromium', () => {
	it("draws an agency's mini map on the agency's own regency, not the first of the data", async () => {
		const [first] = await site.native.query(
			`SELECT code, name FROM regions WHERE level = 'regency' ORDER BY code LIMIT 1`
		);
		const [other] = await site.native.query(
			`SELECT r.agency_code AS agency, any_value(g.name) AS regency
			 FROM requests r JOIN regions g ON g.code = left(r.citizen_village_code, 5)
			 WHERE left(r.citizen_village_code, 5) <> ? GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
			[String(first!.code)]
		);
		const { page, errors } = await openPage(site, `agencies/detail/?agency=${other!.agency}`);
		await loaded(page, 'agency');
		const title = page.locator('[data-panel=map] h2');
		await expect.poll(() => title.textContent(), { timeout: 60_000 }).toContain(other!.regency);
		expect(await title.textContent()).not.toContain(String(first!.name));
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
