import { describe, expect, it } from 'vitest';
import { likelyAdds } from './likely-adds';

const rows = [
	{ code: 'a', m: 5 },
	{ code: 'b', m: 9 },
	{ code: 'c', m: null },
	{ code: 'd', m: 1 },
	{ code: 'e', m: 7 },
	{ code: 'f', m: 3 },
	{ code: 'g', m: 8 },
	{ code: 'h', m: 2 }
];

describe('likelyAdds', () => {
	it('takes the ends of the ranking, highest first, without the chosen and the unranked', () => {
		expect(likelyAdds(rows, 'm', ['b'], false, 2)).toEqual(['g', 'e', 'h', 'd']);
	});

	it('takes every ranked area when there are few', () => {
		expect(likelyAdds(rows.slice(0, 4), 'm', [], false, 2)).toEqual(['b', 'a', 'd']);
	});

	it('takes none when the comparison is full', () => {
		expect(likelyAdds(rows, 'm', [], true)).toEqual([]);
	});
});
