import { i18n } from '$lib/i18n/i18n.svelte';
import { partialMonths } from '$lib/queries/period';
import { filters } from './filters.svelte';
import { options } from './options.svelte';

/**
 * The months at the ends of the page's period that the period or the data covers only in part,
 * and how monthly trends name them: `Nov 2025*` on an axis, `Nov 2025 (partial: 21 – 30 Nov
 * 2025)` in a table. Read inside `$derived` or markup, it follows the filters.
 */
class PartialMonths {
	constructor(private readonly period: () => { from: string; to: string } | null) {}

	// Keyed by value: a filter change that keeps the period (a program, an area) keeps the same
	// months, so a trend does not redraw before its new data comes.
	#key = $derived.by(() => {
		const p = this.period();
		return p ? [p.from, p.to, options.firstDay ?? '', options.lastDay ?? ''].join('|') : '';
	});
	// Derived once per period: a chart's axis asks for every label at every layout.
	#months = $derived.by(() => {
		const [from, to, first, last] = this.#key.split('|');
		return from && to
			? partialMonths(from, to, first || null, last || null)
			: new Map<string, { from: string; to: string }>();
	});

	/** The partial months, by `YYYY-MM`, with the days of each that the period holds. */
	get months(): Map<string, { from: string; to: string }> {
		return this.#months;
	}

	/** A month's label on a chart axis, marked `*` when partial. */
	axis = (ym: string): string => i18n.month(ym) + (this.months.has(ym) ? '*' : '');

	/** A month's label in a table, with the days it holds when partial. */
	row = (ym: string): string => {
		const p = this.months.get(ym);
		return p
			? i18n.t('month_partial', {
					month: i18n.month(ym),
					from: i18n.date(p.from),
					to: i18n.date(p.to)
				})
			: i18n.month(ym);
	};

	/** The note under a trend that has partial months, if any of `shown` is partial. */
	note(shown: string[]): string | null {
		const partial = shown.filter((ym) => this.months.has(ym));
		return partial.length
			? i18n.t('trend_partial_note', { months: partial.map(this.row).join('; ') })
			: null;
	}
}

/** Partial months of a period (read inside `$derived` or markup, it follows `period`). */
export const partialMonthsOf = (period: () => { from: string; to: string } | null) =>
	new PartialMonths(period);

/** Partial months of the current period (of the filters, before a change's data come). */
export const partial = new PartialMonths(() => filters.resolved);

/** Partial months of the whole data: the first and last month, for pages without a period (aid). */
export const partialOfData = new PartialMonths(() =>
	options.firstDay && options.lastDay ? { from: options.firstDay, to: options.lastDay } : null
);
