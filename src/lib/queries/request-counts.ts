/**
 * The request summaries (`requests_daily`, `requests_daily_district`) store one count per outcome
 * a request ends in: `n_on_site`, `n_open` (forwarded or in progress), `n_resolved`,
 * `n_unanswered` and `n_rejected`. Every status falls in exactly one of them (the contract
 * requires a status from `requestStatuses`), so the totals are sums of them and are not stored
 * (at 10M requests their two columns weighed 1.5 of the second analytics file's 16.7 MB
 * compressed). Every query takes the totals from here.
 */

const column = (alias: string | undefined, name: string) => (alias ? `${alias}.${name}` : name);

/** Requests passed on to an agency after the event (open, resolved or unanswered) in a summary row. */
export function forwardedSql(alias?: string): string {
	return `(${column(alias, 'n_open')} + ${column(alias, 'n_resolved')} + ${column(alias, 'n_unanswered')})`;
}

/** Every request of a summary row: resolved on site, forwarded or rejected. */
export function requestsSql(alias?: string): string {
	return `(${column(alias, 'n_on_site')} + ${forwardedSql(alias)} + ${column(alias, 'n_rejected')})`;
}
