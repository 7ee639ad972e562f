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
	search_more: '{n} more: type to narrow',
	date_hint: 'e.g. {example} or 12/03/2025',
	date_invalid: 'Not a date: write it as {example} or 12/03/2025',
	date_outside: 'Outside the data ({from} – {to})',
	preset_last_month: 'Last month',
	preset_this_quarter: 'This quarter',
	month_partial: '{month} (partial: {from} – {to})',
	trend_partial_note: 'Months marked * are only partly in the period or the data: {months}.',
	trend_table: 'Monthly trend table'
};
