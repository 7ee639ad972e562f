import { describe, expect, it } from 'vitest';
import { filtersSchema } from '../schema/filters';
import { ALL_PROGRAMS } from './first-program';
import {
	likelyMoves,
	periodPresets,
	programChange,
	villageChange,
	type FilterChoices
} from './filter-moves';

/** Filters as read from a URL with these parameters. */
const at = (params: Record<string, string> = {}) => filtersSchema.parse(params);

const choices: FilterChoices = {
	firstDay: '2023-03-15',
	lastDay: '2025-08-20',
	programs: [
		{ code: 'km', regency_code: '35.14' },
		{ code: 'gp', regency_code: '32.14' }
	],
	agencies: [
		{ code: 'dinkes', programs: ['km', 'gp'] },
		{ code: 'dukcapil', programs: ['km'] }
	]
};

describe('periodPresets', () => {
	it('lists the filter bar buttons in order, years clipped to the data', () => {
		const presets = periodPresets(choices.firstDay!, choices.lastDay!);
		expect(presets.map((p) => p.id)).toEqual([
			'last12',
			'last-month',
			'this-quarter',
			'year-2025',
			'year-2024',
			'year-2023',
			'all'
		]);
		const by = Object.fromEntries(presets.map((p) => [p.id, [p.from, p.to]]));
		expect(by['last12']).toEqual([undefined, undefined]);
		expect(by['last-month']).toEqual(['2025-07-01', '2025-07-31']);
		expect(by['this-quarter']).toEqual(['2025-07-01', '2025-08-20']);
		expect(by['year-2025']).toEqual(['2025-01-01', '2025-08-20']);
		expect(by['year-2023']).toEqual(['2023-01-01', '2023-12-31']);
		expect(by['all']).toEqual(['2023-03-15', '2025-08-20']);
		expect(presets.find((p) => p.id === 'year-2024')).toMatchObject({ year: 2024 });
	});
});

describe('programChange', () => {
	it('brings the program regency and keeps only an agency that serves it', () => {
		expect(programChange('gp', at({ program: 'km', regency: '35.14' }), choices)).toEqual({
			program: 'gp',
			agency: undefined,
			regency: '32.14'
		});
		expect(programChange('gp', at({ agency: 'dinkes', regency: '32.14' }), choices)).toEqual({
			program: 'gp',
			agency: 'dinkes'
		});
		expect(programChange('gp', at({ agency: 'dukcapil' }), choices)).toMatchObject({
			agency: undefined
		});
	});

	it('every program is a choice of its own', () => {
		expect(programChange(undefined, at({ program: 'km' }), choices)).toEqual({
			program: ALL_PROGRAMS
		});
	});
});

describe('likelyMoves', () => {
	it('goes up one level first, then the period buttons, then the other programs', () => {
		const f = at({
			program: 'km',
			regency: '35.14',
			district: '35.14.01',
			village: '35.14.01.2001'
		});
		const moves = likelyMoves(f, choices);
		expect(moves.slice(0, 3)).toEqual([
			{ village: undefined },
			{ district: undefined },
			{ regency: undefined }
		]);
		expect(moves.slice(3, 10)).toEqual(
			periodPresets(choices.firstDay!, choices.lastDay!).map((p) => ({ from: p.from, to: p.to }))
		);
		expect(moves.slice(10)).toEqual([
			{ program: 'gp', agency: undefined, regency: '32.14' },
			{ program: ALL_PROGRAMS }
		]);
	});

	it('offers no level above the top and no periods before the data are known', () => {
		const moves = likelyMoves(at(), { ...choices, firstDay: null, lastDay: null });
		expect(moves).toEqual([
			{ program: 'km', agency: undefined, regency: '35.14' },
			{ program: 'gp', agency: undefined, regency: '32.14' }
		]);
	});
});

describe('villageChange', () => {
	it('sets the kecamatan and regency of a village chosen by name, or clears the village', () => {
		expect(villageChange('35.14.01.2001')).toEqual({
			regency: '35.14',
			district: '35.14.01',
			village: '35.14.01.2001'
		});
		expect(villageChange(undefined)).toEqual({ village: undefined });
	});
});
