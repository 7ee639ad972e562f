import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BENCH_DIR } from './data';

/** Base path the bench builds and serves the site under (as on GitHub Pages). */
export const BASE_PATH = '/jemput-bola';
/** Where the built site is copied for the bench, so build/ itself is never touched again. */
export const SITE_DIR = join(BENCH_DIR, 'site');
const DATA_FILE = 'data/jemput-bola.duckdb';

/** Runs `BASE_PATH=/jemput-bola vite build` once (it writes build/). */
export function buildSite(): Promise<void> {
	console.error(`bench: building the site (BASE_PATH=${BASE_PATH})`);
	return new Promise((ok, fail) => {
		const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn'], {
			stdio: ['ignore', 'inherit', 'inherit'],
			env: { ...process.env, BASE_PATH }
		});
		child.on('error', fail);
		child.on('exit', (code) =>
			code === 0 ? ok() : fail(new Error(`vite build exited with ${code}`))
		);
	});
}

/** Copies build/ (without its data file) to `.bench/site`; returns the site folder. */
export function stageSite(): string {
	if (!existsSync('build/index.html'))
		throw new Error('build/ has no index.html; run without --skip-build');
	rmSync(SITE_DIR, { recursive: true, force: true });
	cpSync('build', SITE_DIR, { recursive: true, filter: (src) => !src.endsWith('.duckdb') });
	mkdirSync(join(SITE_DIR, 'data'), { recursive: true });
	return SITE_DIR;
}

/** Points the staged site's data file at `dataFile` (a symlink; no copy of large files). */
export function useData(dataFile: string): void {
	const link = join(SITE_DIR, DATA_FILE);
	rmSync(link, { force: true });
	symlinkSync(resolve(dataFile), link);
}
