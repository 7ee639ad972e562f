import type { Finding } from './rules';

/**
 * How serious a finding is: `severity = min(excess, 10) × log10(10 + people)`.
 *
 * - `excess`: how far past its threshold the finding is, as a ratio ≥ 1 — the value over the
 *   threshold for "at least" rules (an agency absent 50 % against a 25 % threshold: 2), the
 *   threshold over the value for "fewer than" rules (5 % resolved in time against 40 %: 8),
 *   capped at 10 so one extreme ratio cannot hide everything else. Villages not reached (a rule
 *   whose threshold is one village) use the share not reached over 10 %.
 * - `people`: the citizens it touches — requests left unanswered, not resolved within 5 working
 *   days or overdue; for an absent agency, the events it missed × the average turnout per held
 *   event; for villages not reached, their population. Rules about no one in particular count 0.
 *
 * The logarithm makes people count by orders of magnitude: 0 people weigh 1, ~90 weigh 2,
 * ~990 weigh 3, so a finding far past its threshold for few people can still outrank a
 * borderline one for many.
 */
export interface SeverityContext {
	/** Thresholds of each rule by id. */
	thresholds: Record<string, Record<string, number>>;
	/** Average turnout per held event in the period (citizens an absent agency did not serve). */
	visitorsPerEvent: number;
	/** Population of the villages not reached. */
	populationNotReached: number;
}

/** A finding with its severity and the two parts it is made of. */
export interface RankedFinding {
	finding: Finding;
	excess: number;
	people: number;
	severity: number;
}

/** The highest `excess` that counts (larger ratios weigh the same). */
export const MAX_EXCESS = 10;
/** The share of villages not reached (%) that counts as one threshold's worth. */
export const VILLAGES_PCT = 10;
/** How many findings the report opens with. */
export const TOP_FINDINGS = 10;

const v = (f: Finding, key: string) => Number(f.values[key] ?? 0);
/** Value over threshold, at least 1. */
const over = (value: number, threshold: number) =>
	threshold > 0 ? Math.max(1, value / threshold) : 1;
/** Threshold over value (value floored at a tenth of the threshold), at least 1. */
const under = (value: number, threshold: number) =>
	Math.max(1, threshold / Math.max(value, threshold / MAX_EXCESS));

/** The excess and people of one finding. */
function parts(f: Finding, ctx: SeverityContext): { excess: number; people: number } {
	const t = ctx.thresholds[f.rule] ?? {};
	const missed = (absent: number) => absent * ctx.visitorsPerEvent;
	switch (f.rule) {
		case 'recent_absences':
			return {
				excess: over(v(f, 'absent') / Math.max(1, v(f, 'n')), (t.absent ?? 1) / (t.last ?? 1)),
				people: missed(v(f, 'absent'))
			};
		case 'absence_rate':
			return { excess: over(v(f, 'pct'), t.pct ?? 0), people: missed(v(f, 'absent')) };
		case 'unanswered':
			return { excess: over(v(f, 'pct'), t.pct ?? 0), people: v(f, 'unanswered') };
		case 'slow_follow_up':
			return {
				excess: under(v(f, 'pct'), t.pct ?? 0),
				people: v(f, 'forwarded') - v(f, 'within')
			};
		case 'overdue':
			return { excess: over(v(f, 'overdue'), t.count ?? 0), people: v(f, 'overdue') };
		case 'villages_not_reached':
			// Its threshold is a count (one village); how far past it reads as the share not reached
			// against a tenth of the villages.
			return { excess: over(v(f, 'pct'), VILLAGES_PCT), people: ctx.populationNotReached };
		case 'low_proposals':
			return { excess: under(v(f, 'per_event'), t.per_event ?? 0), people: 0 };
		default:
			return { excess: 1, people: 0 };
	}
}

/** Scores one finding. */
export function scoreFinding(f: Finding, ctx: SeverityContext): RankedFinding {
	const { excess, people } = parts(f, ctx);
	const p = Math.max(0, people);
	return {
		finding: f,
		excess,
		people: p,
		severity: Math.min(excess, MAX_EXCESS) * Math.log10(10 + p)
	};
}

/** Findings scored and ranked, most serious first (ties keep the rules' order). */
export function rankFindings(findings: Finding[], ctx: SeverityContext): RankedFinding[] {
	return findings
		.map((f) => scoreFinding(f, ctx))
		.map((r, i) => ({ r, i }))
		.sort((a, b) => b.r.severity - a.r.severity || a.i - b.i)
		.map(({ r }) => r);
}
