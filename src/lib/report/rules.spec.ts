import { describe, expect, it } from 'vitest';
import type { AgencyRow } from '$lib/queries/agencies';
import { locales } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import { describeRule, evaluateRules, renderFinding, rules, type ReportInput } from './rules';

const agency = (code: string, cur: AgencyRow['cur']): AgencyRow => ({
	code,
	name: `Dinas ${code}`,
	short_name: code,
	cur,
	prev: null
});

const base: ReportInput = {
	agencies: [],
	attendance: new Map(),
	villagesNotReached: 0,
	villagesInScope: 10,
	proposals: 30,
	eventsHeld: 10
};
const rule = (id: string) => rules.find((r) => r.id === id)!;
const run = (id: string, input: Partial<ReportInput>) =>
	rule(id).evaluate({ ...base, ...input }, rule(id).thresholds);

describe('flag rules', () => {
	it('recent_absences: 3 of the last 4 scheduled events, not earlier ones', () => {
		const attendance = new Map([
			['X', ['absent', 'absent', 'present', 'absent', 'absent', 'absent'] as const],
			['Y', ['absent', 'absent', 'absent', 'present', 'late'] as const],
			['Z', ['absent', 'absent', 'absent'] as const] // fewer than 4 events
		]);
		const found = run('recent_absences', {
			agencies: ['X', 'Y', 'Z'].map((c) => agency(c, {})),
			attendance: new Map([...attendance].map(([k, v]) => [k, [...v]]))
		});
		expect(found.map((f) => f.subject)).toEqual(['X']);
		expect(renderFinding(found[0]!, 'id')).toBe('Dinas X absen pada 3 dari 4 kegiatan terakhir.');
	});

	it('absence_rate: at least 25% of at least 4 scheduled events', () => {
		const found = run('absence_rate', {
			agencies: [
				agency('X', { events_scheduled: 8, absences: 2 }),
				agency('Y', { events_scheduled: 8, absences: 1 }),
				agency('Z', { events_scheduled: 3, absences: 3 })
			]
		});
		expect(found.map((f) => [f.subject, f.values.pct])).toEqual([['X', 25]]);
		expect(renderFinding(found[0]!, 'en')).toBe(
			'Dinas X was absent at 2 of 8 scheduled events (25%).'
		);
	});

	it('unanswered: at least 5% of at least 20 requests received (the agencies table rate)', () => {
		const found = run('unanswered', {
			agencies: [
				agency('X', { requests: 2000, unanswered: 1001, unanswered_pct: 50.05 }),
				agency('Y', { requests: 100, unanswered: 4, unanswered_pct: 4 }),
				agency('Z', { requests: 19, unanswered: 19, unanswered_pct: 100 })
			]
		});
		expect(found.map((f) => f.subject)).toEqual(['X']);
		expect(renderFinding(found[0]!, 'id')).toBe(
			'Dinas X tidak menjawab 1.001 dari 2.000 permohonan yang diterima (50,1%).'
		);
	});

	it('slow_follow_up: under 40% within 5 working days', () => {
		const found = run('slow_follow_up', {
			agencies: [
				agency('X', { n_forwarded: 40, n_within: 15 }),
				agency('Y', { n_forwarded: 40, n_within: 16 })
			]
		});
		expect(found.map((f) => [f.subject, f.values.pct])).toEqual([['X', 37.5]]);
	});

	it('overdue: 100 or more requests open beyond 5 working days', () => {
		const found = run('overdue', {
			agencies: [agency('X', { overdue: 100 }), agency('Y', { overdue: 99 })]
		});
		expect(found.map((f) => f.subject)).toEqual(['X']);
	});

	it('villages_not_reached and low_proposals read the period totals', () => {
		expect(run('villages_not_reached', { villagesNotReached: 0 })).toEqual([]);
		const v = run('villages_not_reached', { villagesNotReached: 2 });
		expect(renderFinding(v[0]!, 'id')).toBe(
			'2 dari 10 desa/kelurahan (20%) belum terjangkau: tidak ada kegiatan dan tidak ada permohonan dari warganya.'
		);
		expect(run('low_proposals', { proposals: 30, eventsHeld: 10 })).toEqual([]);
		expect(run('low_proposals', { proposals: 5, eventsHeld: 0 })).toEqual([]);
		expect(run('low_proposals', { proposals: 29, eventsHeld: 10 })[0]!.values.per_event).toBe(2.9);
	});

	it('evaluates every rule with its own thresholds, each described in both languages', () => {
		expect(evaluateRules(base)).toEqual([]);
		for (const r of rules) {
			for (const locale of locales) {
				const described = messages[locale][`rule_desc_${r.id}`];
				for (const k of Object.keys(r.thresholds)) expect(described).toContain(`{${k}}`);
				expect(messages[locale][`rule_msg_${r.id}`]).toBeTruthy();
				expect(describeRule(r, locale)).not.toMatch(/\{\w+\}/);
			}
		}
	});
});
