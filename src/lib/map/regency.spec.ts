import { describe, expect, it } from 'vitest';
import { agencyRegency, mapRegency } from './regency';

describe('the regency a map shows', () => {
	it("follows the agency's own regency: the one most of its requests come from", () => {
		const rows = [
			{ village_code: '18.02.01.2001', requests: 5 },
			{ village_code: '35.14.01.2001', requests: 4 },
			{ village_code: '35.14.02.2003', requests: 3 }
		];
		expect(agencyRegency(rows)).toBe('35.14');
		expect(agencyRegency([])).toBeUndefined();
	});

	it('prefers the selected regency, then the program, then the first in the data', () => {
		const f = { from: '2025-01-01', to: '2025-12-31' };
		const programs = [{ code: 'gempungan', regency_code: '32.14' }];
		const regions = [{ code: '18.02', level: 'regency' }];
		expect(mapRegency({ ...f, regency: '35.14' }, programs, regions)).toBe('35.14');
		expect(mapRegency({ ...f, program: 'gempungan' }, programs, regions)).toBe('32.14');
		expect(mapRegency(f, programs, regions)).toBe('18.02');
	});
});
