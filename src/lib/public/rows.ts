import { z } from 'zod';

const n = z.number();
const nn = z.number().nullable();
const s = z.string();
const sn = z.string().nullable();

/** A row of `publicAreasQuery`. */
export const areaRow = z.object({
	code: s,
	name: s,
	level: z.enum(['regency', 'district', 'village']),
	parent_code: sn,
	population: nn,
	district_name: sn,
	regency_name: sn,
	events_held: n,
	visitors: nn,
	requests: n,
	rice_kg: nn,
	milk_packages: nn,
	proposals: n,
	proposals_rkpd: n,
	last_visit: sn,
	next_visit: sn,
	programs: s
});
/** An area (regency, kecamatan or village) with its totals. */
export type AreaRow = z.infer<typeof areaRow>;

/** A row of `publicEventsQuery`. */
export const eventRow = z.object({
	program: s,
	date: s,
	status: z.enum(['held', 'cancelled', 'postponed']),
	venue: sn,
	village_code: s,
	visitors: nn,
	agencies_scheduled: n,
	agencies_present: n
});
/** A service day. */
export type EventRow = z.infer<typeof eventRow>;

/** A row of `publicRequestsQuery`. */
export const requestRow = z.object({
	area: s,
	service: sn,
	service_name: sn,
	outcome: z.enum(['on_site', 'resolved', 'open', 'unanswered', 'rejected']).nullable(),
	n: n,
	median_days: nn,
	days_n: n
});
/** Requests of an area by service and outcome (service null: the area's median over all). */
export type RequestRow = z.infer<typeof requestRow>;

/** A row of `publicAidQuery`. */
export const aidRow = z.object({
	area: s,
	month: s,
	rice_kg: nn,
	rice_recipients: nn,
	rice_target: nn,
	milk_packages: nn,
	milk_recipients: nn,
	milk_target: nn
});
/** Aid of an area in one month. */
export type AidRow = z.infer<typeof aidRow>;

/** A row of `publicProposalStagesQuery`. */
export const proposalStageRow = z.object({
	area: s,
	stage: s,
	category: s,
	community: z.boolean(),
	n: n,
	cost: nn
});
/** Proposals of an area by stage and category, from RT/RW (`community`) or from individuals. */
export type ProposalStageRow = z.infer<typeof proposalStageRow>;

/** A row of `publicProposalListQuery` (title null: the RW summary row). */
export const proposalListRow = z.object({
	area: s,
	rw: s,
	rt: sn,
	title: sn,
	stage: sn,
	category: sn,
	plan_year: nn,
	submitted_at: sn,
	n: n,
	n_rkpd: n,
	cost: nn
});
/** A village's proposals per RW, or one recent proposal. */
export type ProposalListRow = z.infer<typeof proposalListRow>;

/** A program code and name. */
export const programRow = z.object({ code: s, name: s });
