import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { openNative } from './lib/native-db';
import { dataFormat } from './datafile/data-format';
import { DEFAULT_OUT } from './datafile/database';
import { generate } from './demo/generate';
import { strayDataFiles } from './lib/stray-data';
import { ensureAnalytics } from './data-tiers/analytics';
import { writeFirstViews } from './data-tiers/first-view';

/** The data file's `meta` (empty when it has none). */
async function readMeta(file: string): Promise<Record<string, string>> {
	const db = await openNative(file);
	try {
		const rows = await db.query(
			`SELECT key, value FROM meta WHERE EXISTS (SELECT 1 FROM duckdb_tables() WHERE table_name = 'meta')`
		);
		return Object.fromEntries(rows.map((r) => [String(r.key), String(r.value)]));
	} catch {
		return {};
	} finally {
		db.close();
	}
}

// static/ is copied into the site as it is: nothing but data files may be published from static/data.
const stray = strayDataFiles('static/data');
if (stray.length) {
	console.error(
		`ensure-data: static/data/ holds files that are not data files of the site, and the build would publish them:\n${stray.map((f) => `  static/data/${f}`).join('\n')}\nRemove them (a failed or interrupted import may have left them) and build again.`
	);
	process.exit(1);
}

// Builds the demo database when it is missing or was written by another version (predev / prebuild).
let reason = existsSync(DEFAULT_OUT) ? '' : 'is missing';
if (!reason) {
	const meta = await readMeta(DEFAULT_OUT);
	if (meta.format !== dataFormat()) {
		if (meta.synthetic !== 'true') {
			console.error(
				`ensure-data: ${DEFAULT_OUT} was written by another version: rebuild it from your files with \`npm run data:import -- <folder>\``
			);
			process.exit(1);
		}
		reason = 'was written by another version';
	}
}
if (!reason) {
	console.log(`ensure-data: ${DEFAULT_OUT} is up to date`);
} else {
	console.log(`ensure-data: ${DEFAULT_OUT} ${reason}: generating the demo data (about 10 s)`);
	try {
		await generate();
	} catch (e) {
		console.error(
			`ensure-data: could not generate ${DEFAULT_OUT}: ${e instanceof Error ? e.stack : String(e)}`
		);
		process.exit(1);
	}
}

// The compact analytics file the dashboard downloads, made from the full file when it changed.
const tiers = await ensureAnalytics(DEFAULT_OUT);
console.log(
	`ensure-data: analytics file ${tiers.analytics.file} (${(tiers.analytics.bytes / 1_048_576).toFixed(1)} MB zstd, ${(tiers.analytics.rawBytes / 1_048_576).toFixed(1)} MB)`
);
// Each page's default view, computed with native DuckDB by the same SQL builders (every build:
// the builders may have changed while the data did not).
const viewBytes = await writeFirstViews('static/data', tiers);
console.log(`ensure-data: first views of ${(viewBytes / 1024).toFixed(0)} kB in static/data/view/`);

// The map looks for prepared boundaries (`npm run boundaries`); a fresh clone has none.
const manifest = 'static/data/boundaries/manifest.json';
if (!existsSync(manifest)) {
	mkdirSync('static/data/boundaries', { recursive: true });
	writeFileSync(manifest, JSON.stringify({ regencies: {} }) + '\n');
}
