import { fill, formatDate, formatMonth, formatNumber, type Locale } from '$lib/i18n/format';
import { publicEn } from '$lib/i18n/public-en';
import { publicId, type PublicKey } from '$lib/i18n/public-id';
import type { Shown } from './suppress';

/** Words and number formatting of the public pages in one language. */
export interface Words {
	locale: Locale;
	t(key: PublicKey, values?: Record<string, string | number>): string;
	num(v: number | null | undefined, digits?: number): string;
	/** A suppressed-aware figure: "< 5", "×" or the number. */
	fig(s: Shown, digits?: number): string;
	/** A suppressed-aware number of days ("5 hari"). */
	days(s: Shown): string;
	date(iso: string | null | undefined): string;
	month(ym: string): string;
}

/** The words of the public pages in `locale`. */
export function words(locale: Locale): Words {
	const msgs: Record<PublicKey, string> = locale === 'en' ? publicEn : publicId;
	const num = (v: number | null | undefined, digits = 0) => formatNumber(locale, v, digits);
	const fig = (s: Shown, digits = 0) =>
		s.m === 'small' ? msgs.small : s.m === 'hidden' ? msgs.hidden : num(s.v, digits);
	return {
		locale,
		t: (key, values) => fill(msgs[key], values),
		num,
		fig,
		days: (s) =>
			s.m || s.v === null
				? fig(s)
				: fill(msgs.days, { n: num(s.v, Number.isInteger(s.v) ? 0 : 1) }),
		date: (iso) => formatDate(locale, iso),
		month: (ym) => formatMonth(locale, ym)
	};
}
