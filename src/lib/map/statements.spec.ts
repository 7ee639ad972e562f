import { describe, expect, it } from 'vitest';
import { mapQuery } from '$lib/queries/map-metrics';
import { mapPageQuery, mapPanelFilters, mapPanelQuery } from './statements';

const programs = [{ code: 'kenduren_mas', regency_code: '35.14' }];
const period = { from: '2025-01-01', to: '2025-12-31' };

describe('the compact village map statement', () => {
	it("shows the program's regency, without its own village when a click picks one", () => {
		const f = { ...period, program: 'kenduren_mas', village: '35.14.01.2001' };
		expect(mapPanelFilters(f, programs, [], true)).toEqual({
			...f,
			regency: '35.14',
			village: undefined
		});
		expect(mapPanelFilters(f, programs, [], false)).toMatchObject({
			regency: '35.14',
			village: '35.14.01.2001'
		});
	});

	it("is the map's village statement for its filters, and none without a regency", () => {
		const of = mapPanelFilters({ ...period, district: '35.14.01' }, [], [], true);
		expect(of.regency).toBeUndefined();
		expect(mapPanelQuery(of)).toBeNull();
		const inRegency = { ...of, regency: '35.14' };
		expect(mapPanelQuery(inRegency)).toEqual(mapQuery(inRegency, 'village'));
	});

	it("is the map page's statement for the regency shown, its villages within a kecamatan", () => {
		const f = { ...period, program: 'kenduren_mas', village: '35.14.01.2001' };
		const of = { ...f, regency: '35.14', village: undefined };
		expect(mapPageQuery(f, programs, [], 'district')).toEqual(mapQuery(of, 'district'));
		const inDistrict = { ...f, district: '35.14.01' };
		expect(mapPageQuery(inDistrict, programs, [], 'district')).toEqual(
			mapQuery({ ...of, district: '35.14.01' }, 'village')
		);
		expect(mapPageQuery({ ...period }, [], [], 'village')).toBeNull();
	});
});
