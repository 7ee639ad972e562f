import type { Row } from '$lib/sql';
import type { TableColumn } from './table';

/** A numeric column of a row field (null stays null, shown as "—"). */
export function numberColumn(key: string, label: string, digits = 0): TableColumn<Row> {
	return {
		key,
		label,
		value: (r) => (r[key] === null ? null : Number(r[key])),
		digits,
		numeric: true
	};
}
