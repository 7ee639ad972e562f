import type { idPlanner } from './id-planner';

/** English words of the planner's first view, period control and searchable filters. */
export const enPlanner: Record<keyof typeof idPlanner, string> = {
	fv_note:
		'Showing {program} ({regency}), the program with the latest activity ({date}). Choose another program above, or',
	fv_note_aid:
		'Showing {program} ({regency}), the aid program with the latest activity ({date}). Choose another program above, or',
	fv_note_proposals:
		'Showing {program} ({regency}), the proposals program with the latest activity ({date}). Choose another program above, or',
	fv_all: 'show all programs',
	fv_no_aid: 'Does not apply: {program} distributes no aid',
	fv_no_proposals: 'Does not apply: {program} records no proposals',
	search_none: 'Nothing matches',
	search_more: '{n} more: type to narrow'
};
