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

/** Formats an ISO date as `12 Mar 2025` in the locale. */
export function formatDate(locale: Locale, iso: string | null | undefined): string {
	if (!iso) return '—';
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
	return new Intl.DateTimeFormat(intlLocale[locale], {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y!, m! - 1, d!)));
}

/** Formats a `YYYY-MM` month as `Mar 2025`. */
export function formatMonth(locale: Locale, ym: string): string {
	const [y, m] = ym.split('-').map(Number);
	return new Intl.DateTimeFormat(intlLocale[locale], {
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y!, m! - 1, 1)));
}

/** Fills `{name}` slots of a message. */
export function fill(msg: string, values: Record<string, string | number> = {}): string {
	return msg.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}
