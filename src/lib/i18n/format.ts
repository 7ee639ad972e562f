/** Supported UI languages; Bahasa Indonesia first (the default). */
export const locales = ['id', 'en'] as const;
/** A UI language. */
export type Locale = (typeof locales)[number];

const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

// Building an Intl formatter costs far more than using one: tables format thousands of cells.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Formats a number for the locale (`1.234,5` in Indonesian); null becomes an em dash. */
export function formatNumber(locale: Locale, v: number | null | undefined, digits = 0): string {
	if (v === null || v === undefined || !Number.isFinite(v)) return '—';
	const key = `${locale}:${digits}`;
	let fmt = numberFormats.get(key);
	if (!fmt) {
		fmt = new Intl.NumberFormat(intlLocale[locale], {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		});
		numberFormats.set(key, fmt);
	}
	return fmt.format(v);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
// A trend's axis labels are formatted again at every layout (a filter change formats hundreds):
// the few distinct dates and months are kept as text.
const dateTexts = new Map<string, string>();

/** `y-m-d` (UTC) as a date or a month in the locale; each formatter and each text is built once. */
function dateText(locale: Locale, kind: 'date' | 'month', y: number, m: number, d: number): string {
	const key = `${locale}:${kind}:${y}-${m}-${d}`;
	let text = dateTexts.get(key);
	if (text === undefined) {
		const fkey = `${locale}:${kind}`;
		let fmt = dateFormats.get(fkey);
		if (!fmt) {
			fmt = new Intl.DateTimeFormat(intlLocale[locale], {
				...(kind === 'date' ? { day: 'numeric' } : {}),
				month: 'short',
				year: 'numeric',
				timeZone: 'UTC'
			});
			dateFormats.set(fkey, fmt);
		}
		text = fmt.format(new Date(Date.UTC(y, m - 1, d)));
		// British English abbreviates September as "Sept" alone: "Sep", as every other month has three letters.
		if (locale === 'en') text = text.replace(/\bSept\b/, 'Sep');
		dateTexts.set(key, text);
	}
	return text;
}

/** Formats an ISO date as `12 Mar 2025` in the locale. */
export function formatDate(locale: Locale, iso: string | null | undefined): string {
	if (!iso) return '—';
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	return dateText(locale, 'date', y!, m!, d!);
}

/** Formats a `YYYY-MM` month as `Mar 2025`. */
export function formatMonth(locale: Locale, ym: string): string {
	const [y, m] = ym.split('-').map(Number);
	return dateText(locale, 'month', y!, m!, 1);
}

/** Fills `{name}` slots of a message. */
export function fill(msg: string, values: Record<string, string | number> = {}): string {
	return msg.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

/** Values of a message's slots with their numbers written in the locale (`65.536` in Indonesian). */
export function localValues(
	locale: Locale,
	values: Record<string, string | number>
): Record<string, string> {
	return Object.fromEntries(
		Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(locale, v) : v])
	);
}
