import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestSchema } from '../src/lib/map/manifest.ts';
import { openNative } from './lib/native-db.ts';
import { prepareBoundaries, readArgs, usage } from './boundaries/prepare.ts';

// `npm run boundaries -- <files…> [--code kode] [--out static/data/boundaries] [--tolerance 0.00005]`
// Prepares village boundary files (GeoJSON / TopoJSON) for the static build: one simplified
// village file and one kecamatan file per regency, and manifest.json for the map page.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

/** Region codes of the data file, or of every Indonesian village (idn-area-data) without one. */
async function knownCodes(dataFile: string): Promise<Set<string>> {
	if (existsSync(dataFile)) {
		const db = await openNative(dataFile);
		const rows = await db.query('SELECT code FROM regions');
		db.close();
		return new Set(rows.map((r) => String(r.code)));
	}
	const csv = readFileSync('node_modules/idn-area-data/data/villages.csv', 'utf8');
	return new Set(
		csv
			.split('\n')
			.slice(1)
			.map((l) => l.split(',')[0]!)
			.filter(Boolean)
	);
}

async function main(): Promise<void> {
	const args = readArgs(process.argv.slice(2));
	if (!args) {
		console.log(usage);
		process.exitCode = 2;
		return;
	}
	const inputs = args.files.map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') }));
	const manifestFile = join(args.out, 'manifest.json');
	const previous = existsSync(manifestFile)
		? manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')))
		: undefined;
	const out = prepareBoundaries(inputs, args, await knownCodes(args.dataFile), previous);
	mkdirSync(args.out, { recursive: true });
	for (const [file, text] of Object.entries(out.files)) writeFileSync(join(args.out, file), text);
	for (const line of out.log) console.log(line);
}

void main();
