import { describe, expect, it } from 'vitest';
import { tables } from '$lib/schema/index';
import { CellMemo, checkCell } from './cell-check';

const values = [
	'2025-03-01T08:15:00',
	'2024-02-29T23:59:59',
	'2023-02-29T10:00:00',
	'2025-04-31T10:00:00',
	'2025-13-01T10:00:00',
	'2025-03-01T24:00:00',
	'2025-03-01T23:60:00',
	'2025-03-01T23:59:60',
	'2025-03-01 08:15:00',
	'2025-03-01T08:15:0Z',
	'2025-03-01T08:15',
	'2025-3-01T08:15:00X',
	'0000-01-01T00:00:00',
	'2025-03-01Tab:cd:ef'
];

describe('CellMemo', () => {
	const columns = tables.flatMap((t) =>
		Object.entries(t.columns)
			.filter(([, c]) => c.sql === 'TIMESTAMP')
			.map(([n, c]) => [`${t.name}.${n}`, c] as const)
	);

	it('gives every timestamp column the outcome checkCell gives, with the day and time remembered', () => {
		expect(columns.length).toBeGreaterThan(0);
		for (const [name, col] of columns) {
			const memo = new CellMemo(col, false);
			for (const v of [...values, ...values])
				expect(memo.check(v), `${name} ${v}`).toEqual(checkCell(col, v, false));
		}
	});
});
