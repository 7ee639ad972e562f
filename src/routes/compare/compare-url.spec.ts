import { describe, expect, it } from 'vitest';
import { readCompareParams } from './compare-url';

describe('compare parameters in the URL', () => {
	it('keep up to six distinct valid area codes and fall back to defaults', () => {
		const p = readCompareParams(
			new URL('http://x/?areas=35.14.01,35.14.01,<b>,35,35.14,32.14.01.2001&metric=nope')
		);
		expect(p.areas).toEqual(['35.14.01', '35.14', '32.14.01.2001']);
		expect(p.metric).toBe('visitors_per_1000');
		expect(p.level).toBe('district');
		const many = Array.from({ length: 8 }, (_, i) => `35.14.0${i + 1}`).join(',');
		expect(readCompareParams(new URL(`http://x/?areas=${many}`)).areas).toHaveLength(6);
	});
});
