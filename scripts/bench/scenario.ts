/** A filter select of the overview page. */
export type SelectName = 'program' | 'regency' | 'district' | 'village';

/** One user action on the filter bar. */
export type Action =
	/** Pick the `index`-th choice (wrapping) of a select, or its "all" entry when `index` is null. */
	| { kind: 'select'; name: SelectName; index: number | null }
	/** Click a period preset; `year-latest` is the newest `year-YYYY` button. */
	| { kind: 'preset'; preset: 'last12' | 'all' | 'year-latest' }
	/** Type a start date `days` days before the current end date (a custom, narrower period). */
	| { kind: 'from'; days: number };

/** A labelled step of the filter-change scenario. */
export interface Step {
	label: string;
	action: Action;
}

/**
 * The steps for program `i`: narrow down program -> kecamatan -> village, vary the period,
 * then widen again. Every step changes the URL, so every step runs the overview query once.
 */
function programCycle(i: number): Step[] {
	return [
		{ label: `program #${i}`, action: { kind: 'select', name: 'program', index: i } },
		{ label: `kecamatan #${i}`, action: { kind: 'select', name: 'district', index: i } },
		{ label: `village #${i}`, action: { kind: 'select', name: 'village', index: i } },
		{ label: 'preset latest year', action: { kind: 'preset', preset: 'year-latest' } },
		{ label: 'last 90 days', action: { kind: 'from', days: 89 } },
		{ label: 'preset all', action: { kind: 'preset', preset: 'all' } },
		{ label: 'all kecamatan', action: { kind: 'select', name: 'district', index: null } },
		{ label: 'preset last 12 months', action: { kind: 'preset', preset: 'last12' } },
		{ label: 'all regencies', action: { kind: 'select', name: 'regency', index: null } },
		{ label: 'all programs', action: { kind: 'select', name: 'program', index: null } }
	];
}

/** The first `n` steps of the deterministic scenario (program 0, 1, 2, … in turn). */
export function scenario(n: number): Step[] {
	const steps: Step[] = [];
	for (let i = 0; steps.length < n; i++) steps.push(...programCycle(i));
	return steps.slice(0, n);
}
