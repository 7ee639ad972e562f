import type { DetailWords } from '$lib/i18n/detail-words';

/** Kinds of problem an import can find, from the bytes up to the relations between tables. */
export const problemKinds = [
	'file',
	'encoding',
	'csv',
	'header',
	'size',
	'type',
	'value',
	'required',
	'personal',
	'cross_field',
	'hierarchy',
	'primary_key',
	'foreign_key',
	'empty_table'
] as const;
/** A kind of problem. */
export type ProblemKind = (typeof problemKinds)[number];

/** One problem, located as a spreadsheet user would find it. */
export interface Problem {
	kind: ProblemKind;
	/** File name as the user gave it (`events.csv`). */
	file: string;
	/** 1-based physical line in the file (the header is line 1); absent for whole-file problems. */
	line?: number;
	/** 1-based column number, when known. */
	column?: number;
	/** Column name, when known. */
	field?: string;
	message: string;
	/** The message as words of the page's language: a key of the i18n files and its values. */
	detail?: ProblemDetail;
}

/**
 * A problem's message as an i18n key (`detail_*`) and the values of its slots; `codes`: the slots
 * that name codes of the data (labelled in the page's language) or an encoding.
 */
export type ProblemDetail = DetailWords;

/** A message in the command line's English, and the same as words of the page's language. */
export interface Worded {
	message: string;
	detail: ProblemDetail;
}

/**
 * Words a message: the English text, and its i18n key with the values of its slots (and which
 * slots name codes, with their family).
 */
export const worded = (
	message: string,
	key: string,
	values: Record<string, string | number> = {},
	codes?: DetailWords['codes']
): Worded => ({ message, detail: codes ? { key, values, codes } : { key, values } });

/** Longest excerpt of an input value a message may carry. */
export const EXCERPT = 40;

/** A short, quoted excerpt of an input value (never the whole cell). */
export function excerpt(s: string, max = EXCERPT): string {
	const cut = s.length > max ? `${s.slice(0, max)}…` : s;
	return JSON.stringify(cut);
}

/** One line per problem: `events.csv line 14, column 7 (date): …`. */
export function describeProblem(p: Problem): string {
	const where = [p.line ? `line ${p.line}` : null, p.column ? `column ${p.column}` : null]
		.filter(Boolean)
		.join(', ');
	return `${p.file}${where ? ` ${where}` : ''}${p.field ? ` (${p.field})` : ''}: ${p.message}`;
}

/**
 * Collects problems: counts every one by kind, keeps only the first `perKind` of each kind and
 * `total` overall, so a file with a million bad rows costs no memory.
 */
export class ProblemLog {
	readonly counts = new Map<ProblemKind, number>();
	readonly kept: Problem[] = [];
	private readonly keptByKind = new Map<ProblemKind, number>();

	constructor(
		readonly perKind = 20,
		readonly total = 100
	) {}

	/** Records a problem; `count` says how many it stands for (a relational check's total). */
	add(p: Problem, count = 1): void {
		this.counts.set(p.kind, (this.counts.get(p.kind) ?? 0) + count);
		const k = this.keptByKind.get(p.kind) ?? 0;
		if (k < this.perKind && this.kept.length < this.total) {
			this.keptByKind.set(p.kind, k + 1);
			this.kept.push(p);
		}
	}

	/**
	 * Takes the problems of `other` (a later part of the same file) as if they had been added here
	 * one by one, in order, except those of the kinds in `skip`.
	 */
	merge(other: Pick<ProblemLog, 'kept' | 'counts'>, skip: ProblemKind[] = []): void {
		const unkept = new Map(other.counts);
		for (const p of other.kept) {
			unkept.set(p.kind, unkept.get(p.kind)! - 1);
			if (!skip.includes(p.kind)) this.add(p);
		}
		for (const [kind, n] of unkept)
			if (n > 0 && !skip.includes(kind)) this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
	}

	/** Problems found (every one, kept or not). */
	get size(): number {
		let n = 0;
		for (const v of this.counts.values()) n += v;
		return n;
	}

	/** Count of problems of one kind. */
	count(kind: ProblemKind): number {
		return this.counts.get(kind) ?? 0;
	}

	/** `12 foreign_key, 3 type` : counts by kind, largest first. */
	summary(): string {
		return [...this.counts]
			.sort((a, b) => b[1] - a[1])
			.map(([k, n]) => `${n.toLocaleString('en')} ${k}`)
			.join(', ');
	}
}
