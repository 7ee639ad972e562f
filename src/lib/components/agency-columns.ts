import type { ResolvedPathname } from '$app/types';
import type { Locale } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import { formatDelta, roundMetric } from '$lib/i18n/metric-format';
import { wordKeys } from '$lib/i18n/metric-words';
import type { AgencyRow } from '$lib/queries/agencies';
import { agencyMetrics, type AgencyMetric, type AgencyMetricId } from '$lib/queries/agency-metrics';
import { metricColumn } from './metric-column';
import type { TableColumn } from './table';

/**
 * Change of a metric against the previous period, rounded to its decimals (so a shown and exported
 * value never reads "-0,0"); null when either side is missing.
 */
export function agencyDelta(r: AgencyRow, m: Pick<AgencyMetric, 'id' | 'digits'>): number | null {
	const cur = r.cur[m.id];
	const prev = r.prev?.[m.id];
	if (typeof cur !== 'number' || typeof prev !== 'number') return null;
	return roundMetric(m, cur - prev);
}

/** The agencies table's column groups (the column chooser), each metric in one group. */
export const agencyColumnGroups = {
	attendance: [
		'events_scheduled',
		'events_attended',
		'attendance_rate',
		'absences',
		'longest_absence_run'
	],
	requests: [
		'requests',
		'resolved_on_site_pct',
		'forwarded_pct',
		'unanswered',
		'unanswered_pct',
		'satisfaction_mean'
	],
	timeliness: [
		'forwarded_resolved_pct',
		'median_days_to_resolve',
		'resolved_within_5wd_pct',
		'overdue'
	]
} as const satisfies Record<string, readonly AgencyMetricId[]>;
/** A column group of the agencies table. */
export type ColumnGroup = keyof typeof agencyColumnGroups;
/** Every column group, in table order. */
export const columnGroupIds = Object.keys(agencyColumnGroups) as ColumnGroup[];
/** The groups shown when the URL names none: attendance and requests. */
export const defaultColumnGroups: readonly ColumnGroup[] = ['attendance', 'requests'];

/** The groups `?cols=` names (comma-separated, in table order); the default when it names none. */
export function parseColumnGroups(v: string | null | undefined): ColumnGroup[] {
	const named = (v ?? '').split(',');
	const groups = columnGroupIds.filter((g) => named.includes(g));
	return groups.length > 0 ? groups : [...defaultColumnGroups];
}

/** The `?cols=` value of `groups`, or undefined for the default. */
export function columnGroupsParam(groups: readonly ColumnGroup[]): string | undefined {
	const ordered = columnGroupIds.filter((g) => groups.includes(g));
	return ordered.join(',') === defaultColumnGroups.join(',') || ordered.length === 0
		? undefined
		: ordered.join(',');
}

/**
 * Columns of the agencies table: name, every agency metric of the chosen `groups` (all when not
 * given), then the Δ of the marked ones.
 */
export function agencyColumns(
	locale: Locale,
	nameLabel: string,
	deltaLabel: (label: string) => string,
	href?: (r: AgencyRow) => ResolvedPathname,
	name: (r: AgencyRow) => string = (r) => r.name,
	groups: readonly ColumnGroup[] = columnGroupIds
): TableColumn<AgencyRow>[] {
	const shown = new Set<string>(groups.flatMap((g) => agencyColumnGroups[g]));
	return [
		{ key: 'name', label: nameLabel, value: name, href },
		...agencyMetrics
			.filter((m) => shown.has(m.id))
			.flatMap((m) => {
				const label = messages[locale][wordKeys(m).label];
				const col = metricColumn<AgencyRow>(
					m,
					label,
					(r) => (r.cur[m.id] as number | null) ?? null
				);
				if (!m.delta) return [col];
				const delta = metricColumn<AgencyRow>(
					m,
					deltaLabel(label),
					(r) => agencyDelta(r, m),
					`${m.id}_delta`
				);
				// Shown signed as the KPI cards' changes are (+2,9 / −2,9 / ±0,0); the CSV keeps the number.
				const format = (r: AgencyRow) => {
					const d = agencyDelta(r, m);
					return d === null ? '—' : formatDelta(locale, m, d);
				};
				return [col, { ...delta, format }];
			})
	];
}
