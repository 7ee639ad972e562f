import { describe, expect, it } from 'vitest';
import { ResultCache } from './result-cache';

const rows = (n: number, tag = 'x') => Array.from({ length: n }, (_, i) => ({ i, tag }));

describe('ResultCache', () => {
	it('returns what it kept, frozen, and nothing for other statements', () => {
		const c = new ResultCache({ entries: 4, rows: 100 });
		const kept = c.set('a', rows(3));
		expect(c.get('a')).toBe(kept);
		expect(c.get('b')).toBeUndefined();
		expect(Object.isFrozen(kept)).toBe(true);
		expect(Object.isFrozen(kept[0])).toBe(true);
		expect(() => (kept as unknown as { i: number }[]).push({ i: 9 })).toThrow(TypeError);
		expect(() => ((kept[0] as { i: number }).i = 5)).toThrow(TypeError);
	});

	it('drops the least recently used statement beyond its entries', () => {
		const c = new ResultCache({ entries: 2, rows: 100 });
		c.set('a', rows(1));
		c.set('b', rows(1));
		c.get('a'); // a is now newer than b
		c.set('c', rows(1));
		expect(c.get('b')).toBeUndefined();
		expect(c.get('a')).toBeDefined();
		expect(c.get('c')).toBeDefined();
		expect(c.size).toBe(2);
	});

	it('drops old statements beyond its rows, and keeps none larger than all its rows', () => {
		const c = new ResultCache({ entries: 10, rows: 10 });
		c.set('a', rows(4));
		c.set('b', rows(4));
		c.set('c', rows(4)); // 12 rows: a goes
		expect(c.get('a')).toBeUndefined();
		expect(c.size).toBe(2);
		const big = c.set('big', rows(11));
		expect(big).toHaveLength(11);
		expect(c.get('big')).toBeUndefined();
		expect(c.size).toBe(2);
	});

	it('replaces a statement kept again, counting its rows once', () => {
		const c = new ResultCache({ entries: 10, rows: 6 });
		c.set('a', rows(4, 'old'));
		c.set('a', rows(4, 'new'));
		expect(c.get('a')?.[0]?.tag).toBe('new');
		c.set('b', rows(2));
		expect(c.get('a')).toBeDefined(); // 6 rows in all, not 10
	});

	it('forgets everything on clear', () => {
		const c = new ResultCache({ entries: 10, rows: 100 });
		c.set('a', rows(1));
		c.clear();
		expect(c.get('a')).toBeUndefined();
		expect(c.size).toBe(0);
	});
});
