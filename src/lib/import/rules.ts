import { forwardedStatuses } from '$lib/schema/requests';
import { worded, type Worded } from './problems';

/** A typed row of a contract table (null = empty cell). */
export type TypedRow = Record<string, string | number | boolean | null>;

/** A rule between the cells of one row: which column to blame and what is wrong, or null. */
export interface RowRule {
	table: string;
	kind: 'cross_field' | 'hierarchy';
	/** Column the problem is reported at. */
	column: string;
	/** One line for the docs. */
	doc: string;
	/** What is wrong with the row (in English and as words of the page), or null. */
	check(r: TypedRow): Worded | null;
}

const resolvedStatuses = ['resolved_on_site', 'resolved'];
const openStatuses: readonly string[] = [...forwardedStatuses, 'rejected'].filter(
	(s) => !resolvedStatuses.includes(s)
);
const levelOfLength: Record<number, string> = {
	2: 'province',
	5: 'regency',
	8: 'district',
	13: 'village'
};
const parentOf = (code: string) => code.slice(0, code.lastIndexOf('.'));

/** Rules between cells of one row, by table (documented in docs/import.md). */
export const rowRules: RowRule[] = [
	{
		table: 'requests',
		kind: 'cross_field',
		column: 'resolved_at',
		doc: '`resolved_at` is not before `received_at`',
		check: (r) =>
			r.resolved_at !== null && String(r.resolved_at) < String(r.received_at)
				? worded(
						`resolved ${r.resolved_at} before it was received ${r.received_at}`,
						'detail_resolved_before_received',
						{ resolved: String(r.resolved_at), received: String(r.received_at) }
					)
				: null
	},
	{
		table: 'requests',
		kind: 'cross_field',
		column: 'resolved_at',
		doc: '`resolved_at` is filled exactly when `status` is `resolved_on_site` or `resolved`',
		check: (r) =>
			resolvedStatuses.includes(String(r.status)) && r.resolved_at === null
				? worded(
						`status ${r.status} needs resolved_at`,
						'detail_resolved_needed',
						{ status: String(r.status) },
						{ status: 'request_status' }
					)
				: openStatuses.includes(String(r.status)) && r.resolved_at !== null
					? worded(
							`status ${r.status} is not resolved, so resolved_at must be empty`,
							'detail_resolved_not_empty',
							{ status: String(r.status) },
							{ status: 'request_status' }
						)
					: null
	},
	{
		table: 'requests',
		kind: 'cross_field',
		column: 'event_id',
		doc: '`event_id` is filled exactly when `channel` is `event`',
		check: (r) =>
			(r.channel === 'event') === (r.event_id === null)
				? r.channel === 'event'
					? worded(
							'channel event needs the event_id',
							'detail_event_needed',
							{ channel: 'event' },
							{ channel: 'channel' }
						)
					: worded(
							`channel ${r.channel} has no event, so event_id must be empty`,
							'detail_event_not_empty',
							{ channel: String(r.channel) },
							{ channel: 'channel' }
						)
				: null
	},
	{
		table: 'events',
		kind: 'cross_field',
		column: 'visitors',
		doc: 'an event that was not `held` has no `visitors`',
		check: (r) =>
			r.status !== 'held' && r.visitors !== null
				? worded(
						`a ${r.status} event has no visitors; leave visitors empty`,
						'detail_visitors_not_held',
						{ status: String(r.status) },
						{ status: 'event_status' }
					)
				: null
	},
	{
		table: 'event_agencies',
		kind: 'cross_field',
		column: 'staff',
		doc: 'an `absent` or `excused` agency has no `staff` on duty',
		check: (r) =>
			(r.status === 'absent' || r.status === 'excused') && r.staff !== null && r.staff !== 0
				? worded(
						`an ${r.status} agency has no staff on duty`,
						'detail_staff_absent',
						{ status: String(r.status) },
						{ status: 'status' }
					)
				: null
	},
	{
		table: 'aid_distributions',
		kind: 'cross_field',
		column: 'recipients',
		doc: '`recipients` is not more than `target_recipients` (when given)',
		check: (r) =>
			r.target_recipients !== null && Number(r.recipients) > Number(r.target_recipients)
				? worded(
						`${r.recipients} recipients is more than the target of ${r.target_recipients}`,
						'detail_recipients_over_target',
						{ recipients: String(r.recipients), target: String(r.target_recipients) }
					)
				: null
	},
	{
		table: 'proposals',
		kind: 'cross_field',
		column: 'updated_at',
		doc: '`updated_at` is not before `submitted_at`',
		check: (r) =>
			String(r.updated_at) < String(r.submitted_at)
				? worded(
						`updated ${r.updated_at} before it was submitted ${r.submitted_at}`,
						'detail_updated_before_submitted',
						{ updated: String(r.updated_at), submitted: String(r.submitted_at) }
					)
				: null
	},
	{
		table: 'regions',
		kind: 'hierarchy',
		column: 'level',
		doc: '`level` matches the length of `code` (35 province … 35.14.01.2001 village)',
		check: (r) => {
			const is = levelOfLength[String(r.code).length];
			return is !== r.level
				? worded(
						`code ${r.code} is a ${is}, not a ${r.level}`,
						`detail_level_is_${is}`,
						{ code: String(r.code), is: String(is), level: String(r.level) },
						{ is: 'level', level: 'level' }
					)
				: null;
		}
	},
	{
		table: 'regions',
		kind: 'hierarchy',
		column: 'parent_code',
		doc: '`parent_code` is the code one level up (empty for a province)',
		check: (r) => {
			const want = String(r.code).length === 2 ? null : parentOf(String(r.code));
			if (r.parent_code === want) return null;
			const values = { code: String(r.code), want: want ?? '', parent: String(r.parent_code) };
			const message = `parent of ${r.code} must be ${want ?? 'empty'}, not ${r.parent_code ?? 'empty'}`;
			if (want === null) return worded(message, 'detail_parent_empty', values);
			if (r.parent_code === null) return worded(message, 'detail_parent_missing', values);
			return worded(message, 'detail_parent_wrong', values);
		}
	}
];
