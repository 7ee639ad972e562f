import type { MetricRecord } from '$lib/queries/metric';
import type { TableColumn } from './table';

/** A numeric table column of a metric: its decimals from the record (shown and exported). */
export function metricColumn<R>(
	m: Pick<MetricRecord, 'id' | 'digits'>,
	label: string,
	value: (row: R) => number | null,
	key: string = m.id
): TableColumn<R> {
	return { key, label, value, digits: m.digits, numeric: true };
}
