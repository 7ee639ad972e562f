import { describe, expect, it } from 'vitest';
import { unknownCodes } from './unknown-codes';

const known = {
	programs: [{ code: 'kenduren_mas' }],
	regions: [
		{ code: '35.14', level: 'regency' },
		{ code: '35.14.01', level: 'district' }
	],
	agencies: []
};

describe('codes in the URL that the data does not hold', () => {
	it('names each unknown or malformed code, and passes known ones', () => {
		const p = new URLSearchParams(
			'program=nope&regency=99.99&district=35.14.01&village=x&agency=Z'
		);
		expect(unknownCodes(p, known)).toEqual([
			{ param: 'program', code: 'nope' },
			{ param: 'regency', code: '99.99' },
			{ param: 'village', code: 'x' }
		]);
		expect(unknownCodes(new URLSearchParams('program=kenduren_mas&regency=35.14'), known)).toEqual(
			[]
		);
		expect(unknownCodes(new URLSearchParams('regency=35.14.01'), known)).toEqual([
			{ param: 'regency', code: '35.14.01' }
		]);
	});
});
