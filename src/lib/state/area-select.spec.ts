import { describe, expect, it } from 'vitest';
import { selectArea, selectedAt } from './area-select';

describe('click to filter an area', () => {
	it('narrows to a kecamatan with its regency, and to a village with both', () => {
		expect(selectArea({}, '35.14.01')).toEqual({
			regency: '35.14',
			district: '35.14.01',
			village: undefined
		});
		expect(selectArea({ regency: '35.14', district: '35.14.02' }, '35.14.01.2001')).toEqual({
			regency: '35.14',
			district: '35.14.01',
			village: '35.14.01.2001'
		});
	});
	it('a second click on the selected area clears it and keeps its parent', () => {
		expect(selectArea({ regency: '35.14', district: '35.14.01' }, '35.14.01')).toEqual({
			regency: '35.14',
			district: undefined,
			village: undefined
		});
		const v = { regency: '35.14', district: '35.14.01', village: '35.14.01.2001' };
		expect(selectArea(v, '35.14.01.2001')).toEqual({ ...v, village: undefined });
		// A kecamatan clicked while one of its villages is selected narrows to the kecamatan.
		expect(selectArea(v, '35.14.01')).toEqual({ ...v, village: undefined });
	});
	it('says which area a view highlights', () => {
		const v = { regency: '35.14', district: '35.14.01', village: '35.14.01.2001' };
		expect(selectedAt(v, 'district')).toBe('35.14.01');
		expect(selectedAt(v, 'village')).toBe('35.14.01.2001');
	});
});
