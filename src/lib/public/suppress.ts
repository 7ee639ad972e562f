/**
 * Small-number protection for the public pages.
 *
 * Rule (shown on every page): a count about people or requests from 1 to 4 is shown as "< 5"
 * (primary suppression). Wherever published figures add up to another published figure — a row
 * or column of a table and its total, a month and the year, and across pages a village and its
 * kecamatan, a kecamatan and its regency — a sum with exactly one hidden figure would give it
 * away by subtraction, so the smallest other figure of that sum is hidden as well
 * (complementary suppression), repeated until no sum has exactly one hidden figure. Figures that
 * would reveal a hidden count (rice handed to hidden recipients, a percentage of a hidden count)
 * are hidden with it. Zero is shown: it reveals nobody.
 */

/** Why a figure is not shown: `small` = a count from 1 to 4, `hidden` = hidden so it cannot be derived. */
export type Mark = 'small' | 'hidden' | null;

/** A figure as a page shows it: the value only when it is not suppressed. */
export interface Shown {
	/** The value; null when suppressed or unknown. */
	v: number | null;
	/** Why it is suppressed (null: shown). */
	m: Mark;
}

/** Whether a count is small enough to identify people (1–4). */
export const isSmall = (v: number | null): boolean => v !== null && v >= 1 && v <= 4;

/**
 * The figures of one page and the sums between them. Register figures with `count` (a count
 * about people or requests) or `measure` (anything else), sums with `sum`, dependencies with
 * `follows`; `solve` then decides what is shown.
 */
export class Sheet {
	private values: (number | null)[] = [];
	private sensitive: boolean[] = [];
	private sums: { total: number; parts: number[] }[] = [];
	private links: [number, number][] = [];
	private marks: Mark[] | null = null;

	/** Registers a count about people or requests; returns its id. */
	count(v: number | null | undefined): number {
		this.values.push(v ?? null);
		this.sensitive.push(true);
		return this.values.length - 1;
	}

	/** Registers a figure that is not a count of people (kg, rupiah, days); returns its id. */
	measure(v: number | null | undefined): number {
		this.values.push(v ?? null);
		this.sensitive.push(false);
		return this.values.length - 1;
	}

	/** Declares that `total` = sum of `parts` (all shown on the page). */
	sum(total: number, parts: number[]): void {
		this.sums.push({ total, parts });
	}

	/** Declares that `dependent` must be hidden whenever `on` is (it would reveal it). */
	follows(dependent: number, on: number): void {
		this.links.push([on, dependent]);
	}

	/**
	 * Decides which figures are hidden: primary, then complementary until stable. A work list
	 * re-examines only the sums and dependents of figures that were just hidden, so the whole
	 * hierarchy of a country solves in one pass over its sums.
	 */
	solve(): Mark[] {
		const v = this.values;
		const marks: Mark[] = v.map((x, i) => (this.sensitive[i] && isSmall(x) ? 'small' : null));
		const hidden = (i: number) => marks[i] !== null;
		const sumsOf: number[][] = v.map(() => []);
		this.sums.forEach(({ total, parts }, s) => {
			for (const i of [total, ...parts]) sumsOf[i]!.push(s);
		});
		const dependents: number[][] = v.map(() => []);
		for (const [on, dep] of this.links) dependents[on]!.push(dep);
		const queue = marks.flatMap((m, i) => (m ? [i] : []));
		const hide = (i: number) => {
			marks[i] = 'hidden';
			queue.push(i);
		};
		for (let q = 0; q < queue.length; q++) {
			const cell = queue[q]!;
			for (const dep of dependents[cell]!) if (!hidden(dep)) hide(dep);
			for (const s of sumsOf[cell]!) {
				const { total, parts } = this.sums[s]!;
				if ([total, ...parts].filter(hidden).length !== 1) continue;
				// Hide the smallest positive figure still shown; a zero or an unknown cannot protect.
				let pick = -1;
				for (const i of parts)
					if (!hidden(i) && (v[i] ?? 0) > 0 && (pick < 0 || v[i]! < v[pick]!)) pick = i;
				if (pick < 0 && !hidden(total)) pick = total;
				if (pick >= 0) hide(pick);
			}
		}
		this.marks = marks;
		return marks;
	}

	/** A figure as shown, after `solve`. */
	shown(id: number): Shown {
		if (!this.marks) throw new Error('Sheet.shown before solve');
		const m = this.marks[id]!;
		return { v: m ? null : this.values[id]!, m };
	}
}

/** A share in percent of two shown figures; suppressed when either is. */
export function sharePct(num: Shown, den: Shown): Shown {
	if (num.m || den.m) return { v: null, m: 'hidden' };
	if (num.v === null || !den.v) return { v: null, m: null };
	return { v: (100 * num.v) / den.v, m: null };
}

/** A rate per 1,000 residents of a shown count; suppressed with it. */
export function per1000(count: Shown, population: number | null): Shown {
	if (count.m) return { v: null, m: 'hidden' };
	if (count.v === null || !population) return { v: null, m: null };
	return { v: (1000 * count.v) / population, m: null };
}
