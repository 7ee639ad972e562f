import { describe, expect, it } from 'vitest';
import { monthLabelColumns } from './month-labels';

const days = (spec: [string, number][]) =>
	spec.flatMap(([ym, n]) =>
		Array.from({ length: n }, (_, i) => `${ym}-${String(i + 1).padStart(2, '0')}`)
	);

describe('month labels above the attendance matrix', () => {
	it('labels the first event of each month when months are wide enough', () => {
		expect([
			...monthLabelColumns(
				days([
					['2025-01', 8],
					['2025-02', 8],
					['2025-03', 3]
				]),
				8
			)
		]).toEqual([0, 8, 16]);
	});
	it('skips a month whose label would overlap the one before', () => {
		// Two or three events a month (a fortnightly rotation): every other month is labelled.
		const d = days([
			['2025-01', 3],
			['2025-02', 2],
			['2025-03', 3],
			['2025-04', 2],
			['2025-05', 3]
		]);
		const cols = [...monthLabelColumns(d, 5)];
		expect(cols).toEqual([3, 8]);
		for (let i = 1; i < cols.length; i++) expect(cols[i]! - cols[i - 1]!).toBeGreaterThanOrEqual(5);
	});
	it('a short first month gives way to the next', () => {
		// The period starts on 21 Nov: one event in November, then full months.
		expect([
			...monthLabelColumns(
				days([
					['2025-11', 1],
					['2025-12', 8],
					['2026-01', 8]
				]),
				8
			)
		]).toEqual([1, 9]);
		expect([...monthLabelColumns(days([['2025-11', 1]]), 8)]).toEqual([0]);
		expect([...monthLabelColumns([], 8)]).toEqual([]);
	});
});
