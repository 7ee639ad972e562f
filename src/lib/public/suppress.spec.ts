import { describe, expect, it } from 'vitest';
import { per1000, sharePct, Sheet } from './suppress';

describe('Sheet', () => {
	it('shows counts from 1 to 4 as small and leaves 0 and 5 alone', () => {
		const s = new Sheet();
		const ids = [0, 1, 4, 5].map((v) => s.count(v));
		s.solve();
		expect(ids.map((i) => s.shown(i).m)).toEqual([null, 'small', 'small', null]);
		expect(s.shown(ids[3]!).v).toBe(5);
		expect(s.shown(ids[1]!).v).toBeNull();
	});

	it('hides the smallest other part when a shown total would give a small part away', () => {
		const s = new Sheet();
		const parts = [3, 20, 9, 0].map((v) => s.count(v));
		const total = s.count(32);
		s.sum(total, parts);
		s.solve();
		expect(parts.map((i) => s.shown(i).m)).toEqual(['small', null, 'hidden', null]);
		expect(s.shown(total).v).toBe(32);
	});

	it('needs no complement when two parts are already small', () => {
		const s = new Sheet();
		const parts = [3, 2, 40].map((v) => s.count(v));
		const total = s.count(45);
		s.sum(total, parts);
		s.solve();
		expect(parts.map((i) => s.shown(i).m)).toEqual(['small', 'small', null]);
	});

	it('hides a part when the total alone is hidden', () => {
		const s = new Sheet();
		const parts = [2, 1].map((v) => s.count(v));
		const total = s.count(3);
		s.sum(total, parts);
		s.solve();
		expect([...parts, total].map((i) => s.shown(i).m)).toEqual(['small', 'small', 'small']);
	});

	it('repeats across rows and columns until no sum has exactly one hidden figure', () => {
		// 2 × 2 table with margins: one small cell forces a second in its row and its column,
		// and then a fourth closes the loop.
		const s = new Sheet();
		const c = [
			[2, 10],
			[7, 30]
		].map((r) => r.map((v) => s.count(v)));
		const rows = [12, 37].map((v) => s.count(v));
		const cols = [9, 40].map((v) => s.count(v));
		const grand = s.count(49);
		s.sum(rows[0]!, c[0]!);
		s.sum(rows[1]!, c[1]!);
		s.sum(cols[0]!, [c[0]![0]!, c[1]![0]!]);
		s.sum(cols[1]!, [c[0]![1]!, c[1]![1]!]);
		s.sum(grand, rows);
		s.sum(grand, cols);
		const marks = s.solve();
		const sums = [
			[rows[0]!, ...c[0]!],
			[rows[1]!, ...c[1]!],
			[cols[0]!, c[0]![0]!, c[1]![0]!],
			[cols[1]!, c[0]![1]!, c[1]![1]!],
			[grand, ...rows],
			[grand, ...cols]
		];
		for (const ids of sums) expect(ids.filter((i) => marks[i]).length).not.toBe(1);
		expect(s.shown(c[1]![1]!).m).toBe('hidden');
	});

	it('hides what would reveal a hidden count', () => {
		const s = new Sheet();
		const people = s.count(3);
		const kg = s.measure(30);
		s.follows(kg, people);
		s.solve();
		expect(s.shown(kg)).toEqual({ v: null, m: 'hidden' });
	});
});

describe('derived figures', () => {
	it('suppresses a share or rate of a suppressed count', () => {
		expect(sharePct({ v: null, m: 'small' }, { v: 10, m: null }).m).toBe('hidden');
		expect(sharePct({ v: 5, m: null }, { v: 20, m: null })).toEqual({ v: 25, m: null });
		expect(per1000({ v: null, m: 'hidden' }, 1000).m).toBe('hidden');
		expect(per1000({ v: 6, m: null }, 2000)).toEqual({ v: 3, m: null });
	});
});
