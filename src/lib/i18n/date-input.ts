import { locales } from './format';

/** Month names of both UI languages (long and short, lower case, no dots) -> month number. */
const monthNames: Map<string, number> = (() => {
	const names = new Map<string, number>();
	for (const locale of locales)
		for (const month of ['long', 'short'] as const) {
			const fmt = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
				month,
				timeZone: 'UTC'
			});
			for (let m = 1; m <= 12; m++) {
				const name = fmt.format(new Date(Date.UTC(2025, m - 1, 1))).toLowerCase();
				names.set(name.replace(/\./g, ''), m);
				names.set(name.slice(0, 3), m);
			}
		}
	return names;
})();

/** An ISO date from year, month and day, if that day exists. */
function isoOf(y: number, m: number, d: number): string | null {
	const date = new Date(Date.UTC(y, m - 1, d));
	if (y < 1000 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
	return date.toISOString().slice(0, 10);
}

/**
 * A date typed in a date field, as ISO `YYYY-MM-DD`, or null when it is not one: `12 Mar 2025`,
 * `12 Maret 2025`, `12/03/2025`, `12-3-2025`, `12.03.2025` (day first, as both UI languages
 * write it) or `2025-03-12`.
 */
export function parseDateInput(text: string): string | null {
	const s = text.trim().toLowerCase().replace(/\./g, ' ').replace(/\s+/g, ' ');
	let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
	if (m) return isoOf(+m[1]!, +m[2]!, +m[3]!);
	m = /^(\d{1,2})[/\- ](\d{1,2})[/\- ](\d{4})$/.exec(s);
	if (m) return isoOf(+m[3]!, +m[2]!, +m[1]!);
	m = /^(\d{1,2}) ?([a-z]+) ?(\d{4})$/.exec(s);
	const month = m ? monthNames.get(m[2]!) : undefined;
	return m && month ? isoOf(+m[3]!, month, +m[1]!) : null;
}
