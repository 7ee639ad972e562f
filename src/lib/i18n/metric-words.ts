import type { AgencyMetric, AgencyMetricId } from '$lib/queries/agency-metrics';
import type { MapMetric, MapMetricId } from '$lib/queries/map-metrics';
import type { KpiId, KpiMetric } from '$lib/queries/metrics';
import type { RuleId } from '$lib/report/rules';

/**
 * The message keys of every metric's words, typed from the metric ids: a metric without its label
 * and definition in a language, or a word without its metric, is a type error.
 */
export type MetricWordKey =
	| `kpi_${KpiId}`
	| `kpi_def_${KpiId}`
	| `agency_metric_${AgencyMetricId}`
	| `agency_def_${AgencyMetricId}`
	| `map_metric_${MapMetricId}`
	| `map_def_${MapMetricId}`
	| `rule_msg_${RuleId}`
	| `rule_desc_${RuleId}`;

/** A metric of any page, told apart by its scope. */
export type AnyMetric = KpiMetric<KpiId> | AgencyMetric<AgencyMetricId> | MapMetric;

/** The message keys of a metric's label and definition. */
export function wordKeys(m: AnyMetric): { label: MetricWordKey; definition: MetricWordKey } {
	switch (m.scope) {
		case 'kpi':
			return { label: `kpi_${m.id}`, definition: `kpi_def_${m.id}` };
		case 'agency':
			return { label: `agency_metric_${m.id}`, definition: `agency_def_${m.id}` };
		case 'map':
			return { label: `map_metric_${m.id}`, definition: `map_def_${m.id}` };
	}
}
