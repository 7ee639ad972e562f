import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { decompress } from 'fzstd';
import { inlineParams } from '../../src/lib/db/inline.ts';
import { firstViewQueries, optionQueries } from '../../src/lib/queries/first-view.ts';
import { attachMoreSql } from '../../src/lib/queries/data-tiers.ts';
import { dataManifestSchema, type DataManifest } from '../../src/lib/schema/data-manifest.ts';
import { filtersSchema, type Filters } from '../../src/lib/schema/filters.ts';
import { appliedFilters, type ProgramActivity } from '../../src/lib/state/first-program.ts';
import { resolveFilters } from '../../src/lib/state/resolve.ts';
import type { Sql } from '../../src/lib/sql.ts';
import { openNative } from '../lib/native-db.ts';
import { BENCH_DIR } from './data';
import type { RangesConfig } from './ranges-harness';

/** Where `bench:ranges` stages its site: the built site's app, the data both ways, the harness. */
const STAGE = join(BENCH_DIR, 'ranges');

/** A staged site for `bench:ranges` and the harness configuration of each way (without `mode`). */
export interface RangesSite {
	root: string;
	manifest: DataManifest;
	/** Bytes of the uncompressed analytics files the range reads attach. */
	rawBytes: { first: number; more: number };
	config: (mode: RangesConfig['mode'], asDashboard?: boolean) => RangesConfig;
}

const bundle = async (entry: string) =>
	(
		await build({
			entryPoints: [entry],
			bundle: true,
			write: false,
			format: 'iife',
			platform: 'browser',
			alias: { $lib: './src/lib' },
			logLevel: 'error'
		})
	).outputFiles[0]!.text;

/**
 * The dashboard's statements, built by its own builders with its own default filters from the
 * data (options, overview, agencies): the first view, then a program change, then the agencies
 * page (which needs the second file), then a kecamatan of the first view's regency.
 */
async function statements(first: string, more: string): Promise<RangesConfig['steps']> {
	const db = await openNative(first);
	try {
		await db.exec(attachMoreSql(more, 'jb'));
		const run = (q: Sql) => db.query(q.sql, q.params);
		const [programs, regions, extent] = await Promise.all(optionQueries().slice(0, 3).map(run));
		const lastDay = String(extent?.[0]?.last_day ?? '');
		if (!lastDay) throw new Error('the data has no days');
		const progs = (programs ?? []) as unknown as ProgramActivity[];
		const open = (route: string, f: Filters = filtersSchema.parse({})) =>
			appliedFilters(f, route, progs);
		const home = open('/');
		const other = progs.find((p) => p.code !== home.program) ?? progs[0]!;
		const district = (regions ?? []).find(
			(r) => r.level === 'district' && r.parent_code === home.regency
		);
		if (!district) throw new Error(`no kecamatan in the regency ${String(home.regency)}`);
		const overview = (f: Filters) =>
			firstViewQueries('overview', resolveFilters(f, lastDay), lastDay);
		const inline = (qs: Sql[]) => qs.map((q) => inlineParams(q.sql, q.params));
		return [
			{ name: 'first', sql: inline([...optionQueries(), ...overview(home)]) },
			{
				name: 'program',
				sql: inline(overview({ ...home, program: other.code, regency: other.regency_code }))
			},
			{
				name: 'agencies',
				more: true,
				sql: inline(
					firstViewQueries('agencies', resolveFilters(open('/agencies'), lastDay), lastDay)
				)
			},
			// A kecamatan's overview lists its villages: village-level tables of the second file.
			{ name: 'district', sql: inline(overview({ ...home, district: String(district.code) })) }
		];
	} finally {
		db.close();
	}
}

/** The uncompressed copy of a .zst data file, decoded once into `.bench/ranges/decoded/`. */
function decoded(zst: string): string {
	const dir = join(STAGE, 'decoded');
	const out = join(dir, basename(zst, '.zst'));
	if (!existsSync(out)) {
		mkdirSync(dir, { recursive: true });
		writeFileSync(out, decompress(readFileSync(zst)));
	}
	return out;
}

/**
 * Stages `site` (a built site) with the analytics files of `tiers` (a folder with `manifest.json`,
 * by default the site's own `data/`) in `.bench/ranges/site`: the app's files as a symlink, the
 * .zst files and their uncompressed copies (for range reads; never in the shipped site), and the
 * harness page at `bench/`.
 */
export async function stageRanges(site: string, tiers = join(site, 'data')): Promise<RangesSite> {
	const manifest = dataManifestSchema.parse(
		JSON.parse(readFileSync(join(tiers, 'manifest.json'), 'utf8'))
	);
	const zst = {
		first: join(tiers, manifest.analytics.file),
		more: join(tiers, manifest.more.file)
	};
	const raw = { first: decoded(zst.first), more: decoded(zst.more) };
	const root = join(STAGE, 'site');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(join(root, 'data'), { recursive: true });
	mkdirSync(join(root, 'bench'), { recursive: true });
	symlinkSync(resolve(site, '_app'), join(root, '_app'));
	for (const f of [zst.first, zst.more, raw.first, raw.more])
		symlinkSync(resolve(f), join(root, 'data', basename(f)));
	writeFileSync(
		join(root, 'bench', 'index.html'),
		'<!doctype html><script src="harness.js"></script>'
	);
	writeFileSync(join(root, 'bench', 'harness.js'), await bundle('scripts/bench/ranges-harness.ts'));
	const zstdWorker = await bundle('src/lib/db/zstd-worker.ts');
	const assets = readdirSync(join(site, '_app/immutable/assets'));
	const asset = (re: RegExp) => {
		const f = assets.find((a) => re.test(a));
		if (!f) throw new Error(`no ${re} in the built site`);
		return `../_app/immutable/assets/${f}`;
	};
	const steps = await statements(raw.first, raw.more);
	const rawBytes = { first: statSync(raw.first).size, more: statSync(raw.more).size };
	return {
		root,
		manifest,
		rawBytes,
		config: (mode, asDashboard = false) => ({
			mode,
			asDashboard,
			wasm: asset(/^duckdb-eh\.[^.]+\.wasm$/),
			worker: asset(/^duckdb-browser-eh\.worker\.[^.]+\.js$/),
			zstdWorker,
			first: `../data/${basename(mode === 'zst' ? zst.first : raw.first)}`,
			more: `../data/${basename(mode === 'zst' ? zst.more : raw.more)}`,
			steps
		})
	};
}
