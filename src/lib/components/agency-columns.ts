import type { ResolvedPathname } from '$app/types';
import type { Locale } from '$lib/i18n/format';
import type { AgencyRow } from '$lib/queries/agencies';
import { agencyMetrics } from '$lib/queries/agency-metrics';
import type { TableColumn } from './table';

/**
 * Change of a metric against the previous period, rounded to `digits` (so a shown and exported
 * value never reads "-0,0"); null when either side is missing.
 */
export function agencyDelta(r: AgencyRow, id: string, digits = 1): number | null {
	const cur = r.cur[id];
	const prev = r.prev?.[id];
	if (typeof cur !== 'number' || typeof prev !== 'number') return null;
	const k = 10 ** digits;
	return Math.round((cur - prev) * k) / k || 0;
}

/** Columns of the agencies table: name, every agency metric, then the Δ of the marked ones. */
export function agencyColumns(
	locale: Locale,
	nameLabel: string,
	deltaLabel: (label: string) => string,
	href?: (r: AgencyRow) => ResolvedPathname,
	name: (r: AgencyRow) => string = (r) => r.name
): TableColumn<AgencyRow>[] {
	return [
		{ key: 'name', label: nameLabel, value: name, href },
		...agencyMetrics.flatMap((m) => {
			const col: TableColumn<AgencyRow> = {
				key: m.id,
				label: m.label[locale],
				value: (r) => (r.cur[m.id] as number | null) ?? null,
				digits: m.digits,
				numeric: true
			};
			if (!m.delta) return [col];
			return [
				col,
				{
					key: `${m.id}_delta`,
					label: deltaLabel(m.label[locale]),
					value: (r: AgencyRow) => agencyDelta(r, m.id, m.digits),
					digits: m.digits,
					numeric: true
				}
			];
		})
	];
}
