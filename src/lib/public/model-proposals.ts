import { proposalStages } from '$lib/schema/proposals';
import type { PublicBundle } from './bundle';
import type { AreaRow, ProposalListRow } from './rows';

/** Proposals of one stage, across categories. */
export interface StageLine {
	stage: string;
	n: number;
	cost: number | null;
	categories: Record<string, number>;
}

/**
 * Proposals for an area. They are community planning documents of RT/RW, published by the
 * musrenbang itself; they carry no personal data and are counted as they are.
 */
export interface ProposalsModel {
	total: number;
	rkpd: number;
	cost: number | null;
	categories: string[];
	stages: StageLine[];
	/** Per RW (village pages only). */
	byRw: ProposalListRow[];
	/** The most recent proposals (village pages only). */
	recent: ProposalListRow[];
}

/** Proposals of an area by stage and category, and for a village per RW with the recent ones. */
export function proposalsOf(b: PublicBundle, a: AreaRow): ProposalsModel {
	const rows = b.proposalStages.get(a.code) ?? [];
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
	return {
		total: a.proposals,
		rkpd: a.proposals_rkpd,
		cost: stages.some((s) => s.cost !== null)
			? stages.reduce((s, x) => s + (x.cost ?? 0), 0)
			: null,
		categories,
		stages,
		byRw: list.filter((r) => r.title === null),
		recent: list.filter((r) => r.title !== null)
	};
}
