import type { CodeFamily } from './code-words';
import { wordDetail, type DetailWords } from './detail-words';
import { fill, formatDate, formatMonth, formatNumber, locales, type Locale } from './format';
import type { MessageKey } from './id';
import { messages } from './messages';
import { formatDelta, formatMetric } from './metric-format';
import { wordKeys, type AnyMetric } from './metric-words';
const STORAGE_KEY = 'jemput-bola:locale';

function stored(): Locale {
	try {
		const v = globalThis.localStorage?.getItem(STORAGE_KEY);
		return (locales as readonly string[]).includes(v ?? '') ? (v as Locale) : 'id';
	} catch {
		return 'id';
	}
}

/** The UI language (remembered in localStorage) and locale-aware formatting. */
class I18n {
	locale = $state<Locale>(stored());

	/** Switches the language and remembers the choice. */
	set(locale: Locale): void {
		this.locale = locale;
		try {
			localStorage.setItem(STORAGE_KEY, locale);
		} catch {
			// Private mode: the choice lasts for this visit only.
		}
		document.documentElement.lang = locale;
	}

	/** The message for a key, with `{slots}` filled. */
	t = (key: MessageKey, values?: Record<string, string | number>): string =>
		fill(messages[this.locale][key], values);
	/**
	 * Words built from an i18n key and its values (`ProblemDetail`): numbers in the locale, the
	 * codes it names labelled.
	 */
	detail = (d: DetailWords): string => wordDetail(this.locale, d);
	/**
	 * The label of a code from the data (`<family>_<code>`, typed in code-words.ts), or the code
	 * itself when the data carries one outside the family's list.
	 */
	code = (family: CodeFamily, code: unknown): string => {
		const key = `${family}_${String(code)}`;
		return key in messages[this.locale] ? this.t(key as MessageKey) : String(code ?? '');
	};
	/** A number in the current locale. */
	num = (v: number | null | undefined, digits = 0): string => formatNumber(this.locale, v, digits);
	/** A metric's label. */
	label = (m: AnyMetric): string => this.t(wordKeys(m).label);
	/**
	 * A metric's label as a table heading: KPI labels stand on cards that show the `%` sign, so
	 * in a heading a percentage says `(%)`; agency and map labels carry their unit already.
	 */
	heading = (m: AnyMetric): string =>
		this.label(m) + (m.scope === 'kpi' && m.unit === 'pct' ? ' (%)' : '');
	/** A metric's definition. */
	definition = (m: AnyMetric): string => this.t(wordKeys(m).definition);
	/** A metric value with the metric's decimals (and its unit when `unit` is set). */
	metric = (m: AnyMetric, v: unknown, unit = false): string =>
		formatMetric(this.locale, m, typeof v === 'number' ? v : null, unit);
	/** A signed change of a metric with its decimals (in points for percentages when `unit`). */
	delta = (m: AnyMetric, d: number, unit = false): string => formatDelta(this.locale, m, d, unit);
	/** A date in the current locale. */
	date = (iso: string | null | undefined): string => formatDate(this.locale, iso);
	/** A month in the current locale. */
	month = (ym: string): string => formatMonth(this.locale, ym);
}

/** The app's one language state. */
export const i18n = new I18n();
