import { describe, expect, it } from 'vitest';
import { mapQuery } from '$lib/queries/map-metrics';
import { mapPanelFilters, mapPanelQuery } from './panel-query';

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
});
