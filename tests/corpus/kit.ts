import type { ProblemKind } from '../../src/lib/import/problems';
import type { Folder } from './folder';

/** What a case must produce: a problem of a kind at a place, or acceptance as documented. */
export type Outcome =
	| { kind: ProblemKind; file: string; line?: number; field?: string }
	| { accept: true; sql?: string; want?: unknown };

/** One bad (or documented good) input: a fault put into a copy of data/samples. */
export interface CorpusCase {
	name: string;
	/** Puts the fault in; returns the expected outcome (it may depend on the line it changed). */
	make(f: Folder): Outcome;
}

export const fail = (kind: ProblemKind, file: string, line?: number, field?: string): Outcome => ({
	kind,
	file: `${file}.csv`,
	line,
	field
});
export const accept = (sql?: string, want?: unknown): Outcome => ({ accept: true, sql, want });

/** Sets one cell of the first row matching `pred` and expects `kind` there. */
export function cellCase(
	name: string,
	table: string,
	field: string,
	value: string,
	kind: ProblemKind,
	pred: (r: Record<string, string>) => boolean = () => true,
	reportedAt = field
): CorpusCase {
	return {
		name,
		make: (f) => {
			const line = f.set(table, f.find(table, pred), { [field]: value });
			return fail(kind, table, line, reportedAt);
		}
	};
}

export const held = (r: Record<string, string>) => r.status === 'held' && r.visitors !== '';
export const resolved = (r: Record<string, string>) => r.status === 'resolved';
export const atEvent = (r: Record<string, string>) => r.channel === 'event';
export const service = (r: Record<string, string>) => r.kind === 'service' && r.channel === 'event';
export const withTarget = (r: Record<string, string>) => r.target_recipients !== '';
export const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
export const utf16 = (s: string, le: boolean, bom = true) => {
	const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
	const all = (bom ? '\ufeff' : '') + s;
	for (let i = 0; i < all.length; i++) {
		const c = all.charCodeAt(i);
		out[2 * i + (le ? 0 : 1)] = c & 0xff;
		out[2 * i + (le ? 1 : 0)] = c >> 8;
	}
	return out;
};
