import { describe, expect, it } from 'vitest';
import { agencyTrendOption } from './agency-trend';

describe('agencyTrendOption', () => {
	it('sorts months and keeps missing months as gaps in both lines', () => {
		const o = agencyTrendOption(
			[
				{ month: '2025-02', attendance: null, resolved: 40 },
				{ month: '2025-01', attendance: 75, resolved: 50 }
			],
			{
				attendance: 'A',
				resolved: 'R',
				monthLabel: (m) => `month ${m}`,
				pctLabel: (v) => String(v)
			}
		) as { xAxis: { data: string[] }; series: { name: string; data: (number | null)[] }[] };
		expect(o.xAxis.data).toEqual(['month 2025-01', 'month 2025-02']);
		expect(o.series.map((s) => [s.name, s.data])).toEqual([
			['A', [75, null]],
			['R', [50, 40]]
		]);
	});
});
