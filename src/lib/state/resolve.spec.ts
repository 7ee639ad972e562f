import { describe, expect, it } from 'vitest';
import { defaultPeriod } from '$lib/queries/period';
import { filtersSchema } from '$lib/schema/filters';
import { resolveFilters as resolveRaw } from './resolve';

/** Resolves filters as the URL gives them (through the schema). */
const resolveFilters = (f: Record<string, string>, last: string) =>
	resolveRaw(filtersSchema.parse(f), last);

describe('resolved filters', () => {
	const last = '2025-06-30';
	it('defaults the period to the one ending on the last day of data', () => {
		expect(resolveFilters({ program: 'gempungan' }, last)).toEqual({
			program: 'gempungan',
			...defaultPeriod(last)
		});
	});
	it('fills a missing start from the given end', () => {
		expect(resolveFilters({ to: '2025-03-31' }, last)).toEqual(defaultPeriod('2025-03-31'));
	});
	it('ends an open period on the last day of data, or on its start when that lies later', () => {
		expect(resolveFilters({ from: '2025-01-01' }, last).to).toBe(last);
		expect(resolveFilters({ from: '2025-08-01' }, last)).toMatchObject({
			from: '2025-08-01',
			to: '2025-08-01'
		});
	});
});
