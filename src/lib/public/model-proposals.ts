import { proposalStages, rkpdStages } from '$lib/schema/proposals';
import type { PublicBundle } from './bundle';
import { figureKey, type PublicFigures } from './figures';
import type { AreaRow, ProposalListRow } from './rows';
import type { Shown } from './suppress';

/** Proposals of one stage, across categories. */
export interface StageLine {
	stage: string;
	n: number;
	cost: number | null;
	categories: Record<string, number>;
}

/**
 * Proposals for an area. Those submitted by an RT or RW are community planning documents,
 * published by the musrenbang itself: they name no person and are counted and listed as they
 * are. Those with neither (urun rembug at a service day) come from individual residents: only
 * their counts are shown, under the small-number rule, and never their titles.
 */
export interface ProposalsModel {
	/** RT/RW proposals. */
	total: number;
	rkpd: number;
	cost: number | null;
	categories: string[];
	stages: StageLine[];
	/** Per RW (village pages only). */
	byRw: ProposalListRow[];
	/** The most recent RT/RW proposals (village pages only). */
	recent: ProposalListRow[];
	/** Proposals of individual residents: how many, and how many reached the RKPD. */
	individual: { total: Shown; rkpd: Shown };
}

/** Proposals of an area by stage and category, and for a village per RW with the recent ones. */
export function proposalsOf(b: PublicBundle, f: PublicFigures, a: AreaRow): ProposalsModel {
	const rows = (b.proposalStages.get(a.code) ?? []).filter((r) => r.community);
	const categories = [...new Set(rows.map((r) => r.category))].sort();
	const stages = proposalStages
		.map((stage) => {
			const rs = rows.filter((r) => r.stage === stage);
			return {
				stage,
				n: rs.reduce((s, r) => s + r.n, 0),
				cost: rs.some((r) => r.cost !== null) ? rs.reduce((s, r) => s + (r.cost ?? 0), 0) : null,
				categories: Object.fromEntries(
					categories.map((c) => [c, rs.find((r) => r.category === c)?.n ?? 0])
				)
			};
		})
		.filter((s) => s.n > 0);
	const list = a.level === 'village' ? (b.proposalList.get(a.code) ?? []) : [];
	const byRw = list.filter((r) => r.title === null);
	return {
		total: stages.reduce((t, s) => t + s.n, 0),
		rkpd: stages
			.filter((s) => (rkpdStages as readonly string[]).includes(s.stage))
			.reduce((t, s) => t + s.n, 0),
		cost: stages.some((s) => s.cost !== null)
			? stages.reduce((s, x) => s + (x.cost ?? 0), 0)
			: null,
		categories,
		stages,
		byRw,
		recent: list.filter((r) => r.title !== null),
		individual: {
			total: f.get(figureKey.individual(a.code, false)),
			rkpd: f.get(figureKey.individual(a.code, true))
		}
	};
}
