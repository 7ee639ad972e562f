import { describe, expect, it } from 'vitest';
import { intent, MAX_POINTED } from './intent.svelte';

const district = (code: string) => ({ district: code });

describe('intent', () => {
	it("holds the open control's choices until that control closes", () => {
		intent.point('district', ['35.14.01', '35.14.02'], district);
		expect(intent.moves).toEqual([{ district: '35.14.01' }, { district: '35.14.02' }]);
		// Another control's blur (focus moved from it into this list) keeps this list.
		intent.leave('village');
		expect(intent.moves).toHaveLength(2);
		intent.point('village', ['35.14.01.2001'], (village) => ({ village }));
		intent.leave('district');
		expect(intent.moves).toEqual([{ village: '35.14.01.2001' }]);
		intent.leave('village');
		expect(intent.moves).toEqual([]);
	});

	it('makes the changes when read, from what the change reads then', () => {
		let regency = '35.14';
		intent.point('program', ['km'], (program) => ({ program, regency }));
		expect(intent.moves).toEqual([{ program: 'km', regency: '35.14' }]);
		regency = '32.14';
		expect(intent.moves).toEqual([{ program: 'km', regency: '32.14' }]);
		intent.leave('program');
	});

	it(`keeps the first ${MAX_POINTED} choices of a long list`, () => {
		const many = Array.from({ length: 300 }, (_, i) => `35.14.01.${2000 + i}`);
		intent.point('village', many, (village) => ({ village }));
		expect(intent.moves).toEqual(many.slice(0, MAX_POINTED).map((village) => ({ village })));
		intent.leave('village');
	});
});
