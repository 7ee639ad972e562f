import { regions } from '$lib/schema/regions';
import { quoteIdent } from '$lib/sql';

/**
 * The regions of the data in use, in contract column order: the browser import checks region
 * codes against them when the dropped files hold no regions table.
 */
export function currentRegionsQuery(): { sql: string; params: [] } {
	const cols = Object.keys(regions.columns).map(quoteIdent).join(', ');
	return { sql: `SELECT ${cols} FROM regions ORDER BY code`, params: [] };
}
