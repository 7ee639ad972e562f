import { ALL_PROGRAMS } from './first-program';
/** URL parameters that name a code of the data. */
export const codeParams = ['program', 'regency', 'district', 'village', 'agency'] as const;
/** One of them. */
export type CodeParam = (typeof codeParams)[number];

/** What the data offers, to look codes up in. */
export interface KnownCodes {
	programs: { code: string }[];
	regions: { code: string; level: string }[];
	/** Agencies, when loaded (an empty list skips the agency check). */
	agencies: { code: string }[];
}

const levelOf: Record<string, string> = {
	regency: 'regency',
	district: 'district',
	village: 'village'
};

/**
 * The codes in a URL's parameters that the data does not hold (`?regency=99.99`), malformed ones
 * included, in parameter order.
 */
export function unknownCodes(
	params: URLSearchParams,
	known: KnownCodes
): { param: CodeParam; code: string }[] {
	const out: { param: CodeParam; code: string }[] = [];
	for (const param of codeParams) {
		const code = params.get(param);
		if (!code) continue;
		let found: boolean;
		if (param === 'program')
			found = code === ALL_PROGRAMS || known.programs.some((p) => p.code === code);
		else if (param === 'agency')
			found = known.agencies.length === 0 || known.agencies.some((a) => a.code === code);
		else found = known.regions.some((r) => r.code === code && r.level === levelOf[param]);
		if (!found) out.push({ param, code: code.slice(0, 40) });
	}
	return out;
}
