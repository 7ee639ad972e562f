import { describe, expect, it } from 'vitest';
import { intent, MAX_POINTED } from './intent.svelte';

describe('intent', () => {
	it("holds the open control's choices until that control closes", () => {
		intent.point('district', [{ district: '35.14.01' }, { district: '35.14.02' }]);
		expect(intent.moves).toEqual([{ district: '35.14.01' }, { district: '35.14.02' }]);
		// Another control's blur (focus moved from it into this list) keeps this list.
		intent.leave('village');
		expect(intent.moves).toHaveLength(2);
		intent.point('village', [{ village: '35.14.01.2001' }]);
		intent.leave('district');
		expect(intent.moves).toEqual([{ village: '35.14.01.2001' }]);
		intent.leave('village');
		expect(intent.moves).toEqual([]);
	});

	it(`keeps the first ${MAX_POINTED} choices of a long list`, () => {
		const many = Array.from({ length: 300 }, (_, i) => ({ village: `35.14.01.${2000 + i}` }));
		intent.point('village', many);
		expect(intent.moves).toEqual(many.slice(0, MAX_POINTED));
		intent.leave('village');
	});
});
