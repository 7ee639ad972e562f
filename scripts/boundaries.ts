import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBoundaries, readArgs, usage } from './boundaries/prepare.ts';

// `npm run boundaries -- <files…> [--code kode] [--out static/data/boundaries] [--tolerance 0.00005]`
// Prepares village boundary files (GeoJSON / TopoJSON) for the static build: one simplified
// village file and one kecamatan file per regency, and manifest.json for the map page.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

function main(): void {
	const args = readArgs(process.argv.slice(2));
	if (!args) {
		console.log(usage);
		process.exitCode = 2;
		return;
	}
	const inputs = args.files.map((f) => ({ name: basename(f), text: readFileSync(f, 'utf8') }));
	const out = prepareBoundaries(inputs, args, args.dataFile);
	mkdirSync(args.out, { recursive: true });
	for (const [file, text] of Object.entries(out.files)) writeFileSync(join(args.out, file), text);
	for (const line of out.log) console.log(line);
}

main();
