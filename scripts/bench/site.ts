import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { ensureAnalytics } from '../data-tiers/analytics';
import { writeFirstViews } from '../data-tiers/first-view';
import { BENCH_DIR } from './data';

/** Base path the bench builds and serves the site under (as on GitHub Pages). */
export const BASE_PATH = '/jemput-bola';
/** Where the built site is copied for the bench, so build/ itself is never touched again. */
export const SITE_DIR = join(BENCH_DIR, 'site');

/**
 * Runs `BASE_PATH=/jemput-bola npm run build` once (it writes build/): with its `prebuild`, so the
 * site's data files match this build's format (a plain `vite build` would publish stale ones).
 */
export function buildSite(): Promise<void> {
	console.error(`bench: building the site (BASE_PATH=${BASE_PATH})`);
	return new Promise((ok, fail) => {
		const child = spawn('npm', ['run', 'build', '--silent', '--', '--logLevel', 'warn'], {
			stdio: ['ignore', 'inherit', 'inherit'],
			env: { ...process.env, BASE_PATH }
		});
		child.on('error', fail);
		child.on('exit', (code) =>
			code === 0 ? ok() : fail(new Error(`npm run build exited with ${code}`))
		);
	});
}

/** Data files of the built site, replaced per data size by `useData`. */
const isDataFile = (src: string) =>
	src.endsWith('.duckdb') ||
	/analytics(-more)?\.[0-9a-f]+\.duckdb\.zst$/.test(src) ||
	src.endsWith('data/manifest.json') ||
	src.includes('data/view');

/** Copies build/ (without its data files) to `.bench/site`; returns the site folder. */
export function stageSite(): string {
	if (!existsSync('build/index.html'))
		throw new Error('build/ has no index.html; run without --skip-build');
	rmSync(SITE_DIR, { recursive: true, force: true });
	cpSync('build', SITE_DIR, { recursive: true, filter: (src) => !isDataFile(src) });
	mkdirSync(join(SITE_DIR, 'data'), { recursive: true });
	return SITE_DIR;
}

/**
 * Points the staged site's data at `dataFile`: its analytics files, manifest and first views
 * (written once per data set into `.bench/tiers-<name>/`) and the full file, as symlinks.
 */
export async function useData(dataFile: string): Promise<void> {
	const tiers = join(BENCH_DIR, `tiers-${basename(dataFile, '.duckdb')}`);
	const manifest = await ensureAnalytics(dataFile, tiers);
	await writeFirstViews(tiers, manifest);
	const data = join(SITE_DIR, 'data');
	for (const f of readdirSync(data))
		if (f !== 'boundaries') rmSync(join(data, f), { recursive: true, force: true });
	symlinkSync(resolve(dataFile), join(data, basename(dataFile)));
	for (const f of ['manifest.json', manifest.analytics.file, manifest.more.file, 'view'])
		symlinkSync(resolve(tiers, f), join(data, f));
}
