import { en } from './en';
import { fill, formatDate, formatMonth, formatNumber, locales, type Locale } from './format';
import { id, type MessageKey } from './id';

const messages: Record<Locale, Record<MessageKey, string>> = { id, en };
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
	/** The label of a code from the data (`prefix_code`), or the code itself when it has none. */
	code = (prefix: string, code: string): string => {
		const key = `${prefix}_${code}`;
		return key in messages[this.locale] ? this.t(key as MessageKey) : code;
	};
	/** A number in the current locale. */
	num = (v: number | null | undefined, digits = 0): string => formatNumber(this.locale, v, digits);
	/** A date in the current locale. */
	date = (iso: string | null | undefined): string => formatDate(this.locale, iso);
	/** A month in the current locale. */
	month = (ym: string): string => formatMonth(this.locale, ym);
}

/** The app's one language state. */
export const i18n = new I18n();
