import { DEFAULT_OUT } from './datafile/database';
import { ImportFailed, importFolder } from './import/import-folder';
import { LockHeld } from './import/temp';

// `npm run data:import -- <folder> [--out file.duckdb]`: builds the site's data file from your CSVs.
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : DEFAULT_OUT;
const dir = args.find((a, i) => !a.startsWith('--') && !(outAt >= 0 && i === outAt + 1));
if (!dir || !out) {
	console.error(
		'usage: npm run data:import -- <folder with <table>.csv files> [--out file.duckdb]'
	);
	process.exit(1);
}
try {
	const r = await importFolder(dir, out);
	for (const n of r.notes) console.log(n);
	for (const [t, n] of Object.entries(r.counts))
		console.log(`  ${t.padEnd(20)} ${n.toLocaleString('en')}`);
	console.log(`wrote ${r.out}`);
} catch (e) {
	if (e instanceof ImportFailed) {
		console.error(
			`nothing was written; ${out} is unchanged. ${e.log.size} problems (${e.log.summary()}):`
		);
		for (const p of e.problems) console.error(`  ${p}`);
		for (const n of e.skipped) console.error(`  ${n}`);
		if (e.log.size > e.problems.length)
			console.error(
				`  … ${e.log.size - e.problems.length} more not shown (at most ${e.log.perKind} of each kind)`
			);
	} else if (e instanceof LockHeld) console.error(e.message);
	else console.error(e);
	process.exit(1);
}
