import type { StartPhases } from './browser-run';

/** The start-up phases of one size. */
export type PhaseRow = StartPhases & { requests: number };

const columns: [keyof StartPhases, string][] = [
	['boot', 'boot (HTML+JS)'],
	['engine', 'duckdb-wasm start'],
	['fetch', 'data fetch'],
	['attach', 'attach'],
	['options', 'option queries'],
	['firstQuery', 'first overview query'],
	['render', 'render']
];

/** A markdown table of where the time to the first render goes, a row per size. */
export function phaseTable(rows: PhaseRow[]): string {
	const head = ['rows (requests)', ...columns.map(([, label]) => label), 'total'];
	const lines = rows.map((r) => {
		const total = columns.reduce((sum, [k]) => sum + r[k], 0);
		return [
			r.requests.toLocaleString('en-US'),
			...[...columns.map(([k]) => r[k]), total].map((v) => Math.round(v).toLocaleString('en-US'))
		];
	});
	const align = head.map((_, i) => (i === 0 ? '---' : '--:'));
	return [head, align, ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
