import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	appendFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';

/** Folder of cached data sets, the staged site and the results (git-ignored). */
export const BENCH_DIR = '.bench';

/** Sources whose change makes a cached data set stale (besides the generator arguments). */
const GENERATOR_SOURCES = [
	'scripts/generate-demo.ts',
	'scripts/demo',
	'src/lib/schema',
	'src/lib/queries/summaries.ts',
	'src/lib/queries/cube-tables.ts',
	'src/lib/queries/request-counts.ts'
];

function files(path: string): string[] {
	if (!existsSync(path)) return [];
	if (path.endsWith('.ts')) return [path];
	return readdirSync(path, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
		.sort()
		.map((f) => join(path, f));
}

/** Cache key of a data set: the generator arguments and a hash of the generator's sources. */
export function dataKey(requests: number, seed: number): string {
	const hash = createHash('sha256');
	for (const f of GENERATOR_SOURCES.flatMap(files)) hash.update(f).update(readFileSync(f));
	return JSON.stringify({ requests, seed, sources: hash.digest('hex').slice(0, 16) });
}

function run(cmd: string, args: string[]): Promise<void> {
	return new Promise((ok, fail) => {
		const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
		child.on('error', fail);
		child.on('exit', (code) =>
			code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))
		);
	});
}

/**
 * Path of the demo data set with `requests` requests, `.bench/data-<N>.duckdb`; generated with
 * `scripts/generate-demo.ts` when missing or when its key (`.json` beside it) no longer matches.
 */
export async function ensureData(requests: number, seed: number, regen: boolean): Promise<string> {
	mkdirSync(BENCH_DIR, { recursive: true });
	const file = join(BENCH_DIR, `data-${requests}.duckdb`);
	const keyFile = join(BENCH_DIR, `data-${requests}.json`);
	const key = dataKey(requests, seed);
	if (!regen && existsSync(file) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key)
		return file;
	const partial = join(BENCH_DIR, `data-${requests}.partial.duckdb`);
	rmSync(partial, { force: true });
	rmSync(keyFile, { force: true });
	const started = performance.now();
	console.error(`bench: generating ${requests.toLocaleString('en-US')} requests -> ${file}`);
	await run('npx', [
		'tsx',
		'scripts/generate-demo.ts',
		'--requests',
		String(requests),
		'--seed',
		String(seed),
		'--out',
		partial,
		'--samples',
		join(BENCH_DIR, 'samples'),
		'--quiet'
	]);
	renameSync(partial, file);
	writeFileSync(keyFile, key);
	console.error(`bench: generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	return file;
}

/** Prints a titled markdown table and appends it to `.bench/<file>`. */
export function printTable(file: string, title: string, head: string[], rows: string[]): void {
	const text = ['', `### ${title}`, '', ...head, ...rows, ''].join('\n');
	console.log(text);
	mkdirSync(BENCH_DIR, { recursive: true });
	appendFileSync(join(BENCH_DIR, file), text);
}
