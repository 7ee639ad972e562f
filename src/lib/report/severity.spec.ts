import { describe, expect, it } from 'vitest';
import { rules, type Finding } from './rules';
import { rankFindings, scoreFinding, type SeverityContext } from './severity';

const ctx: SeverityContext = {
	thresholds: Object.fromEntries(rules.map((r) => [r.id, r.thresholds])),
	visitorsPerEvent: 100,
	populationNotReached: 0
};
const finding = (rule: string, subject: string, values: Finding['values']): Finding => ({
	rule,
	subject,
	values
});

describe('severity of findings (worked out by hand)', () => {
	it('excess over the threshold times log10(10 + people)', () => {
		// Absent at 50 % against 25 %: excess 2; 5 events missed × 100 visitors = 500 people.
		const a = scoreFinding(finding('absence_rate', 'A', { absent: 5, n: 10, pct: 50 }), ctx);
		expect(a.excess).toBe(2);
		expect(a.people).toBe(500);
		expect(a.severity).toBeCloseTo(2 * Math.log10(510), 12);
		// 10 % unanswered against 5 %, 90 requests: 2 × log10(100) = 4.
		const u = scoreFinding(
			finding('unanswered', 'B', { unanswered: 90, requests: 900, pct: 10 }),
			ctx
		);
		expect(u.severity).toBeCloseTo(4, 12);
		// 4 % within 5 working days against 40 %: excess 10 (the cap), 96 people waiting longer.
		const s = scoreFinding(
			finding('slow_follow_up', 'C', { within: 4, forwarded: 100, pct: 4 }),
			ctx
		);
		expect([s.excess, s.people]).toEqual([10, 96]);
		// 0 % within: the value is floored at a tenth of the threshold, so still 10.
		expect(
			scoreFinding(finding('slow_follow_up', 'C', { within: 0, forwarded: 30, pct: 0 }), ctx).excess
		).toBe(10);
	});

	it('an agency absent 51 % ranks above one absent 33 % (same turnout), whatever the code order', () => {
		const ranked = rankFindings(
			[
				finding('absence_rate', 'A', { absent: 4, n: 12, pct: 33.3 }),
				finding('absence_rate', 'Z', { absent: 6, n: 12, pct: 51 })
			],
			ctx
		);
		expect(ranked.map((r) => r.finding.subject)).toEqual(['Z', 'A']);
	});

	it('villages not reached weigh their population; rules about no one weigh 1', () => {
		const v = scoreFinding(finding('villages_not_reached', '', { count: 3, total: 10, pct: 30 }), {
			...ctx,
			populationNotReached: 9990
		});
		expect(v.severity).toBeCloseTo(3 * 4, 12);
		const p = scoreFinding(
			finding('low_proposals', '', { proposals: 15, events: 10, per_event: 1.5 }),
			ctx
		);
		expect(p.severity).toBeCloseTo(2, 12);
	});
});
