import { fill, formatNumber, type Locale } from '$lib/i18n/format';
import type { AgencyRow } from '$lib/queries/agencies';
import type { AttendanceStatus } from '$lib/queries/attendance-matrix';

/** Everything the flag rules look at: agency rows, attendance in date order, reach, proposals. */
export interface ReportInput {
	agencies: AgencyRow[];
	/** Each agency's statuses at the held events it was scheduled at, in date order. */
	attendance: Map<string, AttendanceStatus[]>;
	villagesNotReached: number;
	villagesInScope: number;
	proposals: number;
	eventsHeld: number;
}

/** A flagged finding: the rule, what it is about and the numbers its message needs. */
export interface Finding {
	rule: string;
	subject: string;
	values: Record<string, string | number>;
}

/** A flag rule: thresholds, a pure evaluation and message templates in both languages. */
export interface Rule {
	id: string;
	thresholds: Record<string, number>;
	evaluate: (input: ReportInput, t: Record<string, number>) => Finding[];
	/** Finding text; `{slots}` are the finding's values. */
	message: Record<Locale, string>;
	/** The rule in words; `{slots}` are its thresholds. */
	describe: Record<Locale, string>;
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const share = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : 0);

/** Every flag rule of the evaluation report, in the order the report lists findings. */
export const rules: Rule[] = [
	{
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
			}),
		message: {
			id: '{agency} absen pada {absent} dari {n} kegiatan terakhir.',
			en: '{agency} was absent at {absent} of the last {n} events.'
		},
		describe: {
			id: 'Absen pada sedikitnya {absent} dari {last} kegiatan terakhir yang dijadwalkan.',
			en: 'Absent at {absent} or more of the last {last} scheduled events.'
		}
	},
	{
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
			}),
		message: {
			id: '{agency} absen pada {absent} dari {n} kegiatan yang dijadwalkan ({pct}%).',
			en: '{agency} was absent at {absent} of {n} scheduled events ({pct}%).'
		},
		describe: {
			id: 'Absen pada sedikitnya {pct}% kegiatan yang dijadwalkan (minimal {min_events} kegiatan).',
			en: 'Absent at {pct}% or more of scheduled events (at least {min_events} events).'
		}
	},
	{
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
			}),
		message: {
			id: '{agency} tidak menjawab {unanswered} dari {requests} permohonan yang diterima ({pct}%).',
			en: '{agency} left {unanswered} of {requests} requests received unanswered ({pct}%).'
		},
		describe: {
			id: 'Sedikitnya {pct}% permohonan tak terjawab, dari semua permohonan yang diterima (minimal {min_requests} permohonan).',
			en: '{pct}% or more of requests received left unanswered (at least {min_requests} requests).'
		}
	},
	{
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
			}),
		message: {
			id: '{agency} hanya menyelesaikan {within} dari {forwarded} permohonan yang diteruskan dalam 5 hari kerja ({pct}%).',
			en: '{agency} resolved only {within} of {forwarded} forwarded requests within 5 working days ({pct}%).'
		},
		describe: {
			id: 'Kurang dari {pct}% permohonan yang diteruskan selesai dalam 5 hari kerja (minimal {min_forwarded} diteruskan).',
			en: 'Under {pct}% of forwarded requests resolved within 5 working days (at least {min_forwarded} forwarded).'
		}
	},
	{
		id: 'overdue',
		thresholds: { count: 100 },
		evaluate: (input, t) =>
			input.agencies.flatMap((a) => {
				const overdue = num(a.cur.overdue);
				return overdue >= t.count!
					? [{ rule: 'overdue', subject: a.code, values: { agency: a.name, overdue } }]
					: [];
			}),
		message: {
			id: '{agency} masih memiliki {overdue} permohonan terbuka lebih dari 5 hari kerja.',
			en: '{agency} still has {overdue} requests open for more than 5 working days.'
		},
		describe: {
			id: 'Sedikitnya {count} permohonan masih terbuka lebih dari 5 hari kerja.',
			en: '{count} or more requests open for more than 5 working days.'
		}
	},
	{
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
				: [],
		message: {
			id: '{count} dari {total} desa/kelurahan ({pct}%) belum terjangkau: tidak ada kegiatan dan tidak ada permohonan dari warganya.',
			en: '{count} of {total} villages ({pct}%) were not reached: no event and no request from their citizens.'
		},
		describe: {
			id: 'Sedikitnya {count} desa/kelurahan tanpa kegiatan dan tanpa permohonan.',
			en: '{count} or more villages with no event and no request.'
		}
	},
	{
		id: 'low_proposals',
		thresholds: { per_event: 3 },
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
		},
		message: {
			id: 'Partisipasi usulan rendah: {proposals} usulan dari {events} kegiatan ({per_event} per kegiatan).',
			en: 'Low participation in proposals: {proposals} proposals from {events} events ({per_event} per event).'
		},
		describe: {
			id: 'Kurang dari {per_event} usulan pembangunan per kegiatan terlaksana.',
			en: 'Fewer than {per_event} development proposals per held event.'
		}
	}
];

/** Runs every rule over the input (each with its own thresholds). */
export function evaluateRules(input: ReportInput, list: Rule[] = rules): Finding[] {
	return list.flatMap((r) => r.evaluate(input, r.thresholds));
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

/** A finding in plain words in the locale. */
export function renderFinding(f: Finding, locale: Locale): string {
	const rule = rules.find((r) => r.id === f.rule);
	return rule ? renderTemplate(rule.message[locale], f.values, locale) : f.rule;
}
