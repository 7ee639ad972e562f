/** A choice of a searchable filter: its code, its name and what tells it apart from its namesakes. */
export interface SearchChoice {
	value: string;
	text: string;
	/** Shown after the name (a village's kecamatan, an agency's regency); searched too. */
	hint?: string;
	/** More words to search by, not shown (an agency's full name). */
	also?: string;
}

/** Lower case without accents, for matching what is typed. */
function fold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/**
 * The choices whose name, hint or other words contain every typed word, names starting with
 * the query first (then in their given order).
 */
export function matchChoices(choices: SearchChoice[], query: string): SearchChoice[] {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return choices;
	const q = fold(query.trim());
	const hits = choices.filter((c) => {
		const hay = fold(`${c.text} ${c.hint ?? ''} ${c.also ?? ''}`);
		return words.every((w) => hay.includes(w));
	});
	const starts = (c: SearchChoice) => (fold(c.text).startsWith(q) ? 0 : 1);
	return hits
		.map((c, i) => ({ c, i }))
		.sort((a, b) => starts(a.c) - starts(b.c) || a.i - b.i)
		.map((x) => x.c);
}
