import type { RuleId } from '$lib/report/rules';
import { agencyKinds } from '$lib/schema/agencies';
import { aidUnits } from '$lib/schema/aid-distributions';
import { attendanceStatuses } from '$lib/schema/event-agencies';
import { eventStatuses } from '$lib/schema/events';
import { proposalSources, proposalStages } from '$lib/schema/proposals';
import { tableNames } from '$lib/schema';
import { regionLevels } from '$lib/schema/regions';
import { deliveries, requestChannels, requestKinds, requestStatuses } from '$lib/schema/requests';
import type { MessageKey } from './id';

/** Commodities the demo data and the templates name (free text in the contract). */
export const commodities = ['beras', 'susu', 'uang'] as const;

/**
 * Every family of codes the data carries, with its codes (the schema's code lists): each code is
 * shown through the message `<family>_<code>`, never raw.
 */
export const codeLists = {
	event_status: eventStatuses,
	status: attendanceStatuses,
	stage: proposalStages,
	source: proposalSources,
	kind: requestKinds,
	request_status: requestStatuses,
	channel: requestChannels,
	delivery: deliveries,
	agency_kind: agencyKinds,
	aid_unit: aidUnits,
	commodity: commodities,
	level: regionLevels,
	table: tableNames
} as const;

/** A family of codes. */
export type CodeFamily = keyof typeof codeLists | 'rule_label';
/** The codes of a family. */
export type CodeOf<F extends CodeFamily> = F extends keyof typeof codeLists
	? (typeof codeLists)[F][number]
	: RuleId;
/** The message key of every code of every family. */
export type CodeWordKey = { [F in CodeFamily]: `${F}_${CodeOf<F>}` }[CodeFamily];

/** A code without its label in the messages is a type error here (names the missing key). */
type Missing = Exclude<CodeWordKey, MessageKey>;
export const everyCodeLabelled: [Missing] extends [never] ? true : Missing = true;

/** The family whose codes are exactly `codes` (a column's list of allowed values), if any. */
export function familyOf(codes: readonly unknown[]): keyof typeof codeLists | undefined {
	return (Object.keys(codeLists) as (keyof typeof codeLists)[]).find((f) => {
		const list: readonly unknown[] = codeLists[f];
		return list.length === codes.length && codes.every((c) => list.includes(c));
	});
}
