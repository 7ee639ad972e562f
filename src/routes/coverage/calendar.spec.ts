import { describe, expect, it } from 'vitest';
import { mondayOf, monthStarts, weeksBetween } from './calendar';

describe('coverage calendar weeks', () => {
	it('starts weeks on Monday and covers the period', () => {
		expect(mondayOf('2025-01-10')).toBe('2025-01-06');
		expect(mondayOf('2025-01-06')).toBe('2025-01-06');
		expect(mondayOf('2025-01-05')).toBe('2024-12-30');
		const w = weeksBetween('2025-01-01', '2025-01-31');
		expect(w).toEqual(['2024-12-30', '2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27']);
		expect([...monthStarts(w)]).toEqual(['2024-12-30', '2025-01-06']);
	});
});
