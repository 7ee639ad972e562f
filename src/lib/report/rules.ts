import { fill, formatNumber, type Locale } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import type { AgencyRow } from '$lib/queries/agencies';
import type { AttendanceStatus } from '$lib/queries/attendance-matrix';
import type { ProgramHas } from '$lib/state/first-program';

/** Everything the flag rules look at: agency rows, attendance in date order, reach, proposals. */
export interface ReportInput {
	agencies: AgencyRow[];
	/** Each agency's statuses at the held events it was scheduled at, in date order. */
	attendance: Map<string, AttendanceStatus[]>;
	villagesNotReached: number;
	villagesInScope: number;
	proposals: number;
	eventsHeld: number;
	/** What the program shown records nothing of at all (no aid, no proposals): rules on it do not apply. */
	lacks?: readonly ProgramHas[];
}

/** A flagged finding: the rule, what it is about and the numbers its message needs. */
export interface Finding {
	rule: string;
	subject: string;
	values: Record<string, string | number>;
}

/**
 * A flag rule: thresholds and a pure evaluation. Its words are in the i18n files:
 * `rule_msg_<id>` the finding (`{slots}` are the finding's values) and `rule_desc_<id>` the rule
 * (`{slots}` are its thresholds).
 */
export interface Rule {
	id: string;
	thresholds: Record<string, number>;
	/** What the program's data must hold for the rule to apply (proposals, aid). */
	needs?: ProgramHas;
	evaluate: (input: ReportInput, t: Record<string, number>) => Finding[];
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const share = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);

/** A rule with its id kept as a literal type (the i18n keys of its words are made from it). */
const rule = <const Id extends string>(r: Rule & { id: Id }): Rule & { id: Id } => r;

/** Every flag rule of the evaluation report, in the order the report lists findings. */
export const rules = [
	rule({
		id: 'recent_absences',
		thresholds: { last: 4, absent: 3 },
		evaluate: (input, t) =>
			input.agencies.flatMap((a) => {
				const last = (input.attendance.get(a.code) ?? []).slice(-t.last!);
				const absent = last.filter((s) => s === 'absent').length;
				return last.length >= t.last! && absent >= t.absent!
					? [
							{
								rule: 'recent_absences',
								subject: a.code,
								values: { agency: a.name, absent, n: last.length }
							}
						]
					: [];
			})
	}),
	rule({
		id: 'absence_rate',
		thresholds: { min_events: 4, pct: 25 },
		evaluate: (input, t) =>
			input.agencies.flatMap((a) => {
				const n = num(a.cur.events_scheduled);
				const absent = num(a.cur.absences);
				const pct = share(absent, n);
				return n >= t.min_events! && pct >= t.pct!
					? [{ rule: 'absence_rate', subject: a.code, values: { agency: a.name, absent, n, pct } }]
					: [];
			})
	}),
	rule({
		id: 'unanswered',
		thresholds: { min_requests: 20, pct: 5 },
		// The agencies table's `unanswered_pct`: of all requests the agency received.
		evaluate: (input, t) =>
			input.agencies.flatMap((a) => {
				const requests = num(a.cur.requests);
				const unanswered = num(a.cur.unanswered);
				const pct = num(a.cur.unanswered_pct);
				return requests >= t.min_requests! && pct >= t.pct!
					? [
							{
								rule: 'unanswered',
								subject: a.code,
								values: { agency: a.name, unanswered, requests, pct }
							}
						]
					: [];
			})
	}),
	rule({
		id: 'slow_follow_up',
		thresholds: { min_forwarded: 20, pct: 40 },
		evaluate: (input, t) =>
			input.agencies.flatMap((a) => {
				const forwarded = num(a.cur.n_forwarded);
				const within = num(a.cur.n_within);
				const pct = share(within, forwarded);
				return forwarded >= t.min_forwarded! && pct < t.pct!
					? [
							{
								rule: 'slow_follow_up',
								subject: a.code,
								values: { agency: a.name, within, forwarded, pct }
							}
						]
					: [];
			})
	}),
	rule({
		id: 'overdue',
		thresholds: { count: 100 },
		evaluate: (input, t) =>
			input.agencies.flatMap((a) => {
				const overdue = num(a.cur.overdue);
				return overdue >= t.count!
					? [{ rule: 'overdue', subject: a.code, values: { agency: a.name, overdue } }]
					: [];
			})
	}),
	rule({
		id: 'villages_not_reached',
		thresholds: { count: 1 },
		evaluate: (input, t) =>
			input.villagesNotReached >= t.count!
				? [
						{
							rule: 'villages_not_reached',
							subject: '',
							values: {
								count: input.villagesNotReached,
								total: input.villagesInScope,
								pct: share(input.villagesNotReached, input.villagesInScope)
							}
						}
					]
				: []
	}),
	rule({
		id: 'low_proposals',
		thresholds: { per_event: 3 },
		needs: 'has_proposals',
		evaluate: (input, t) => {
			if (input.eventsHeld === 0) return [];
			const perEvent = input.proposals / input.eventsHeld;
			return perEvent < t.per_event!
				? [
						{
							rule: 'low_proposals',
							subject: '',
							values: { proposals: input.proposals, events: input.eventsHeld, per_event: perEvent }
						}
					]
				: [];
		}
	})
];

/** A flag rule id. */
export type RuleId = (typeof rules)[number]['id'];

/**
 * Runs every rule over the input (each with its own thresholds), but those about what the
 * program records nothing of (a program without proposals has no "few proposals").
 */
export function evaluateRules(input: ReportInput, list: readonly Rule[] = rules): Finding[] {
	return list
		.filter((r) => !r.needs || !input.lacks?.includes(r.needs))
		.flatMap((r) => r.evaluate(input, r.thresholds));
}

/** Fills a template with values; whole numbers without decimals, others with one. */
export function renderTemplate(
	template: string,
	values: Record<string, string | number>,
	locale: Locale
): string {
	const shown = Object.fromEntries(
		Object.entries(values).map(([k, v]) => [
			k,
			typeof v === 'number' ? formatNumber(locale, v, Number.isInteger(v) ? 0 : 1) : v
		])
	);
	return fill(template, shown);
}

/**
 * A finding in plain words in the locale; `agencyName(code, name)` names the agency it is about
 * (the app's naming rule, which tells agencies of several regencies apart).
 */
export function renderFinding(
	f: Finding,
	locale: Locale,
	agencyName?: (code: string, name: string) => string
): string {
	const rule = rules.find((r) => r.id === f.rule);
	const values =
		agencyName && f.values.agency !== undefined
			? { ...f.values, agency: agencyName(f.subject, String(f.values.agency)) }
			: f.values;
	return rule ? renderTemplate(messages[locale][`rule_msg_${rule.id}`], values, locale) : f.rule;
}

/** A rule in plain words in the locale, with its thresholds. */
export function describeRule(rule: (typeof rules)[number], locale: Locale): string {
	return renderTemplate(messages[locale][`rule_desc_${rule.id}`], rule.thresholds, locale);
}
