import { parseArgs } from 'node:util';

/** Options of a benchmark run. */
export interface BenchArgs {
	/** Request counts of the data sets to measure, in order. */
	sizes: number[];
	/** Filter changes per size (a deterministic cycle, repeated as needed). */
	changes: number;
	/** Seed passed to the demo generator. */
	seed: number;
	/** Regenerate the data sets even when cached. */
	regen: boolean;
	/** Reuse the existing build/ instead of building once. */
	skipBuild: boolean;
	/** `SET threads` for native DuckDB; undefined keeps DuckDB's default (all cores). */
	nativeThreads: number | undefined;
	/** Reading time before each change of the second pass (ms); 0: no second pass. */
	readMs: number;
	/** Then, in the second pass, how long the control is open (or pointed at) before the act. */
	pointMs: number;
}

/** Help text of `npm run bench`. */
export const usage = `Usage: npm run bench -- [--sizes N,N,...] [--10m] [--changes N] [--seed S]
                        [--regen] [--skip-build] [--native-threads N] [--read-ms N]
                        [--point-ms N]
  --sizes N,N       request counts to measure (default 100000,1000000)
  --10m             also measure 10000000 requests
  --changes N       filter changes per size (default 30, at least 20)
  --seed S          generator seed (default 1)
  --regen           regenerate cached data in .bench/ even when its key matches
  --skip-build      reuse build/ as it is (default: one BASE_PATH=/jemput-bola vite build)
  --native-threads  threads of native DuckDB (default: DuckDB's own, all cores)
  --read-ms N       a second pass of the same changes, each after N ms of reading the settled
                    page (default 1500; 0 skips it)
  --point-ms N      in that pass, then N ms with the control open (a list), focused (a date
                    field, then typed one key per 150 ms) or under the pointer (a button)
                    before the act (default 1000)`;

/** A bad command line (printed with the usage, without a stack trace). */
export class UsageError extends Error {}

function whole(name: string, v: string, min: number): number {
	const n = Number(v.replaceAll('_', ''));
	if (!Number.isInteger(n) || n < min)
		throw new UsageError(`${name} must be a whole number >= ${min}, got ${v}`);
	return n;
}

/** Parses the command line; throws with a message on bad input, returns null for --help. */
export function readArgs(argv: string[]): BenchArgs | null {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			options: {
				sizes: { type: 'string' },
				'10m': { type: 'boolean' },
				changes: { type: 'string' },
				seed: { type: 'string' },
				regen: { type: 'boolean' },
				'skip-build': { type: 'boolean' },
				'native-threads': { type: 'string' },
				'read-ms': { type: 'string' },
				'point-ms': { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (e) {
		throw new UsageError(e instanceof Error ? e.message : String(e));
	}
	const { values } = parsed;
	if (values.help) return null;
	const sizes = (values.sizes ?? '100000,1000000')
		.split(',')
		.map((s) => whole('--sizes', s.trim(), 100_000));
	if (values['10m'] && !sizes.includes(10_000_000)) sizes.push(10_000_000);
	const threads = values['native-threads'];
	return {
		sizes,
		changes: whole('--changes', values.changes ?? '30', 20),
		seed: whole('--seed', values.seed ?? '1', 0),
		regen: values.regen ?? false,
		skipBuild: values['skip-build'] ?? false,
		nativeThreads: threads === undefined ? undefined : whole('--native-threads', threads, 1),
		readMs: whole('--read-ms', values['read-ms'] ?? '1500', 0),
		pointMs: whole('--point-ms', values['point-ms'] ?? '1000', 0)
	};
}
