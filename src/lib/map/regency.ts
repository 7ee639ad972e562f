import type { ResolvedFilters } from '$lib/schema/filters';

/** The regency a map shows: the selected one, else the program's, else the first in the data. */
export function mapRegency(
	f: ResolvedFilters,
	programs: { code: string; regency_code: string }[],
	regions: { code: string; level: string }[]
): string | undefined {
	return (
		f.regency ??
		programs.find((p) => p.code === f.program)?.regency_code ??
		regions.find((r) => r.level === 'regency')?.code
	);
}

/**
 * The regency an agency serves: the one where most of its requests come from, given rows of
 * village codes with request counts (agencies serve one regency in the contract's data sets).
 */
export function agencyRegency(rows: Record<string, unknown>[]): string | undefined {
	const byRegency = new Map<string, number>();
	for (const r of rows) {
		const code = String(r.village_code).slice(0, 5);
		byRegency.set(code, (byRegency.get(code) ?? 0) + Number(r.requests));
	}
	let best: string | undefined;
	for (const [code, n] of byRegency)
		if (best === undefined || n > byRegency.get(best)!) best = code;
	return best;
}
