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
