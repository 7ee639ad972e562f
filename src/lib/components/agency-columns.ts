import type { ResolvedPathname } from '$app/types';
import type { Locale } from '$lib/i18n/format';
import { messages } from '$lib/i18n/messages';
import { roundMetric } from '$lib/i18n/metric-format';
import { wordKeys } from '$lib/i18n/metric-words';
import type { AgencyRow } from '$lib/queries/agencies';
import { agencyMetrics, type AgencyMetric } from '$lib/queries/agency-metrics';
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
			const label = messages[locale][wordKeys(m).label];
			const col = metricColumn<AgencyRow>(m, label, (r) => (r.cur[m.id] as number | null) ?? null);
			if (!m.delta) return [col];
			return [
				col,
				metricColumn<AgencyRow>(m, deltaLabel(label), (r) => agencyDelta(r, m), `${m.id}_delta`)
			];
		})
	];
}
