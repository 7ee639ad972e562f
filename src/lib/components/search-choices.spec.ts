import { describe, expect, it } from 'vitest';
import { matchChoices } from './search-choices';

const choices = [
	{ value: '1', text: 'Kalirejo', hint: 'Kec. Bangil' },
	{ value: '2', text: 'Wonosari', hint: 'Kec. Kalirejo' },
	{ value: '3', text: 'Kalirejo', hint: 'Kec. Purwosari' },
	{ value: '4', text: 'Dinsos', hint: 'Kab. Pasuruan', also: 'Dinas Sosial' }
];

describe('searchable filter choices', () => {
	it('keeps every choice for an empty query', () => {
		expect(matchChoices(choices, '  ')).toEqual(choices);
	});
	it('matches every typed word in the name, hint or other words, ignoring case and accents', () => {
		expect(matchChoices(choices, 'kalirejo purwo').map((c) => c.value)).toEqual(['3']);
		expect(matchChoices(choices, 'SOSIAL').map((c) => c.value)).toEqual(['4']);
		expect(matchChoices(choices, 'Dinsós').map((c) => c.value)).toEqual(['4']);
		expect(matchChoices(choices, 'xyz')).toEqual([]);
	});
	it('lists names that start with the query before names that only contain it', () => {
		expect(matchChoices(choices, 'kalirejo').map((c) => c.value)).toEqual(['1', '3', '2']);
	});
});
