import type { Shape } from './shapes';

/** The result of joining polygons to the data's regions on the Kemendagri code. */
export interface JoinReport {
	/** Shapes whose code is a known region. */
	matched: Shape[];
	/** Region codes in the data with no polygon. */
	missing: string[];
	/** Codes of polygons that are no known region. */
	unknown: string[];
}

/** Joins shapes to region codes on the code only (never on names); duplicates keep the first. */
export function joinByCode(shapes: Shape[], codes: Iterable<string>): JoinReport {
	const known = new Set(codes);
	const seen = new Set<string>();
	const matched: Shape[] = [];
	const unknown: string[] = [];
	for (const s of shapes) {
		if (seen.has(s.code)) continue;
		seen.add(s.code);
		if (known.has(s.code)) matched.push(s);
		else unknown.push(s.code);
	}
	const missing = [...known].filter((c) => !seen.has(c)).sort();
	return { matched, missing, unknown: unknown.sort() };
}
