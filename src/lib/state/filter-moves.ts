import { lastMonth, thisQuarter } from '$lib/queries/period';
import type { Filters } from '$lib/schema/filters';
import { ALL_PROGRAMS } from './first-program';

/**
 * A period button of the filter bar: `id` is its `data-preset`, `key` its label (a year button
 * shows its `year`), `from`/`to` the period it sets (both undefined: the default period, the last
 * 12 months).
 */
export interface PeriodPreset {
	id: string;
	key?: 'preset_last12' | 'preset_last_month' | 'preset_this_quarter' | 'preset_all';
	year?: number;
	from: string | undefined;
	to: string | undefined;
}

/** The filter bar's period buttons, in their order, for data from `firstDay` to `lastDay`. */
export function periodPresets(firstDay: string, lastDay: string): PeriodPreset[] {
	const years: PeriodPreset[] = [];
	for (let y = +lastDay.slice(0, 4); y >= +firstDay.slice(0, 4); y--) {
		const end = `${y}-12-31`;
		years.push({ id: `year-${y}`, year: y, from: `${y}-01-01`, to: end > lastDay ? lastDay : end });
	}
	return [
		{ id: 'last12', key: 'preset_last12', from: undefined, to: undefined },
		{ id: 'last-month', key: 'preset_last_month', ...lastMonth(lastDay) },
		{ id: 'this-quarter', key: 'preset_this_quarter', ...thisQuarter(lastDay) },
		...years,
		{ id: 'all', key: 'preset_all', from: firstDay, to: lastDay }
	];
}

/** What the filter bar offers to choose from, as far as its choices change the filters. */
export interface FilterChoices {
	firstDay: string | null;
	lastDay: string | null;
	programs: readonly { code: string; regency_code: string }[];
	agencies: readonly { code: string; programs: string[] }[];
}

/**
 * The change of choosing program `code` (undefined: every program, chosen on purpose): its
 * regency comes with it, and an agency that does not serve it is dropped.
 */
export function programChange(
	code: string | undefined,
	f: Filters,
	{ programs, agencies }: Pick<FilterChoices, 'programs' | 'agencies'>
): Partial<Filters> {
	if (!code) return { program: ALL_PROGRAMS };
	const regency = programs.find((p) => p.code === code)?.regency_code;
	const serves = agencies.find((a) => a.code === f.agency)?.programs.includes(code);
	const agency = serves ? f.agency : undefined;
	return regency && regency !== f.regency
		? { program: code, agency, regency }
		: { program: code, agency };
}

/** The change of choosing village `code` by name: its kecamatan and regency come with it. */
export function villageChange(code: string | undefined): Partial<Filters> {
	return code
		? { regency: code.slice(0, 5), district: code.slice(0, 8), village: code }
		: { village: undefined };
}

/**
 * The filter changes a user is likely to make next from `f` (the filters applied), with one
 * click on the filter bar: up one area level (village, kecamatan, regency cleared), a period
 * button, another program or all of them. Most likely first. Drilling down is left out: a
 * kecamatan or village is one of dozens to hundreds.
 */
export function likelyMoves(f: Filters, choices: FilterChoices): Partial<Filters>[] {
	const moves: Partial<Filters>[] = [];
	if (f.village) moves.push({ village: undefined });
	if (f.district) moves.push({ district: undefined });
	if (f.regency) moves.push({ regency: undefined });
	if (choices.firstDay && choices.lastDay)
		for (const p of periodPresets(choices.firstDay, choices.lastDay))
			moves.push({ from: p.from, to: p.to });
	for (const p of choices.programs)
		if (p.code !== f.program) moves.push(programChange(p.code, f, choices));
	if (f.program) moves.push(programChange(undefined, f, choices));
	return moves;
}
