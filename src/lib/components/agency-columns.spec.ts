import { describe, expect, it } from 'vitest';
import { agencyMetrics } from '$lib/queries/agency-metrics';
import {
	agencyColumnGroups,
	agencyColumns,
	columnGroupsParam,
	parseColumnGroups
} from './agency-columns';

describe('agency column groups', () => {
	it('put every agency metric in exactly one group', () => {
		const grouped = Object.values(agencyColumnGroups).flat();
		expect([...grouped].sort()).toEqual(agencyMetrics.map((m) => m.id).sort());
	});

	it('read ?cols= in table order, the default for nothing known, and write it back', () => {
		expect(parseColumnGroups('timeliness,attendance')).toEqual(['attendance', 'timeliness']);
		expect(parseColumnGroups('x')).toEqual(['attendance', 'requests']);
		expect(parseColumnGroups(null)).toEqual(['attendance', 'requests']);
		expect(columnGroupsParam(['requests', 'attendance'])).toBeUndefined();
		expect(columnGroupsParam(['timeliness', 'requests'])).toBe('requests,timeliness');
	});

	it('show the name, the chosen groups’ metrics and their changes only', () => {
		const keys = agencyColumns('en', 'Agency', (l) => `Δ ${l}`, undefined, undefined, [
			'timeliness'
		]).map((c) => c.key);
		expect(keys).toEqual([
			'name',
			'forwarded_resolved_pct',
			'forwarded_resolved_pct_delta',
			'median_days_to_resolve',
			'resolved_within_5wd_pct',
			'resolved_within_5wd_pct_delta',
			'overdue'
		]);
	});
});
