import { codeLists, type CodeFamily } from './code-words';
import { fill, formatNumber, localValues, type Locale } from './format';
import type { MessageKey } from './id';
import { messages } from './messages';

/** What a slot of a detail names: a code of a family (labelled), or a text encoding's name. */
export type SlotWords = Exclude<CodeFamily, 'rule_label'> | 'encoding';

/** Words built from an i18n key: the values of its slots, and the slots that name codes. */
export interface DetailWords {
	key: string;
	values: Record<string, string | number>;
	/** Slots naming a code (several joined by `, `), with what they name. */
	codes?: Record<string, SlotWords>;
}

/** Encoding names that read differently in a language (the others are the same everywhere). */
const encodingWords: Record<string, MessageKey> = { 'UTF-8 with BOM': 'import_enc_utf8_bom' };

/** A text encoding's name in the locale (`UTF-8 dengan BOM`). */
export const encodingName = (locale: Locale, e: string): string =>
	encodingWords[e] ? messages[locale][encodingWords[e]] : e;

/** The label of a code as its label is written, compared loosely (`urun_rembug` ~ `Urun rembug`). */
const loose = (s: string) => s.toLowerCase().replaceAll('_', ' ');

/**
 * A code from the data as the locale shows it in a sentence: `"Dibatalkan" (cancelled)`, or
 * `"cancelled"` where the label is the code itself; a value outside the family's codes (the
 * problem may be that it is unknown) in quotes as written.
 */
export function codeWord(locale: Locale, family: SlotWords, code: string): string {
	if (family === 'encoding') return encodingName(locale, code);
	if (!(codeLists[family] as readonly string[]).includes(code)) return JSON.stringify(code);
	const label = messages[locale][`${family}_${code}` as MessageKey];
	return loose(label) === loose(code) ? JSON.stringify(code) : `${JSON.stringify(label)} (${code})`;
}

/**
 * A code from the data as the locale shows it on its own (a table cell): `Kegiatan (events)`, or
 * the label alone where it is the code itself (`Events`); an unknown code as written.
 */
export function codeLabel(locale: Locale, family: Exclude<SlotWords, 'encoding'>, code: string) {
	if (!(codeLists[family] as readonly string[]).includes(code)) return code;
	const label = messages[locale][`${family}_${code}` as MessageKey];
	return loose(label) === loose(code) ? label : `${label} (${code})`;
}

/** A detail in the locale: its numbers written in the locale, the codes it names labelled. */
export function wordDetail(locale: Locale, d: DetailWords): string {
	const values = localValues(locale, d.values);
	for (const [slot, family] of Object.entries(d.codes ?? {}))
		values[slot] = String(d.values[slot])
			.split(', ')
			.map((c) => codeWord(locale, family, c))
			.join(', ');
	return fill(messages[locale][d.key as MessageKey], values);
}

/** What a file's column gave in another accepted form: how many values, the first one's line. */
export interface NormalisedWords {
	field: string;
	count: number;
	firstLine: number;
	detail: DetailWords;
}

/** A column's values read in another form, in the locale (`1 value`, `2 values`). */
export function normalisedNote(locale: Locale, n: NormalisedWords): string {
	return fill(
		messages[locale][n.count === 1 ? 'import_normalised_once' : 'import_normalised_one'],
		{
			field: n.field,
			count: formatNumber(locale, n.count),
			line: n.firstLine,
			example: wordDetail(locale, n.detail)
		}
	);
}
