/**
 * The codes of the things listed together in `rows` (their `key` column; a total or "none" row,
 * NULL there, left out): what `nameClashes` compares a name with.
 */
export function listedCodes(
	rows: readonly Record<string, unknown>[],
	key: string
): ReadonlySet<string> {
	return new Set(rows.flatMap((r) => (r[key] === null ? [] : [String(r[key])])));
}
