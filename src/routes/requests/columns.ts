import type { TableColumn } from '$lib/components/table';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { MessageKey } from '$lib/i18n/id';
import type { RequestBreakdown } from '$lib/queries/requests';
import type { Row } from '$lib/sql';
import { listedCodes } from '$lib/state/listed';
import { options } from '$lib/state/options.svelte';

/**
 * The name of a breakdown row; the total row (key NULL) reads "All"; an agency is named by the
 * app's naming rule: with its regency only when another of the `listed` agencies shares its name.
 */
export function rowName(r: Row, by: RequestBreakdown, listed: ReadonlySet<string>): string {
	if (r.key === null) return i18n.t('req_all');
	return by === 'agency'
		? options.agencyLabel(String(r.key), String(r.name ?? r.key), listed)
		: String(r.name ?? r.key);
}

/** The name column of a breakdown table (agency or service) listing `rows`. */
export function nameColumn(by: RequestBreakdown, rows: readonly Row[]): TableColumn<Row> {
	const listed = listedCodes(rows, 'key');
	return {
		key: 'name',
		label: i18n.t(by === 'agency' ? 'req_by_agency' : 'req_by_service'),
		value: (r) => rowName(r, by, listed)
	};
}

/** A count column of a row field. */
export function countColumn(key: string, label: MessageKey): TableColumn<Row> {
	return { key, label: i18n.t(label), value: (r) => Number(r[key]), numeric: true };
}
