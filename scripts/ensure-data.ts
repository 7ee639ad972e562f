import { existsSync } from 'node:fs';
import { openNative } from './lib/native-db';
import { DEFAULT_OUT, generate } from './demo/generate';
import { tables } from '../src/lib/schema/index';
import { summaryTables } from '../src/lib/queries/summaries';

/** Tables the site reads; a data file without one of them was written by an older version. */
const expected = [...tables.map((t) => t.name), ...summaryTables.map((t) => t.name), 'meta'];

async function missingTables(file: string): Promise<{ missing: string[]; synthetic: boolean }> {
	const db = await openNative(file);
	try {
		const have = new Set(
			(await db.query('SELECT table_name FROM duckdb_tables()')).map((r) => r.table_name)
		);
		const meta = have.has('meta')
			? await db.query(`SELECT value FROM meta WHERE key = 'synthetic'`)
			: [];
		return { missing: expected.filter((t) => !have.has(t)), synthetic: meta[0]?.value === 'true' };
	} finally {
		db.close();
	}
}

// Builds the demo database when it is missing or out of date (predev / prebuild).
let reason = existsSync(DEFAULT_OUT) ? '' : 'is missing';
if (!reason) {
	const { missing, synthetic } = await missingTables(DEFAULT_OUT);
	if (missing.length && !synthetic) {
		console.error(
			`ensure-data: ${DEFAULT_OUT} lacks tables ${missing.join(', ')}: re-run \`npm run data:import -- <folder>\` to rebuild it from your files`
		);
		process.exit(1);
	}
	if (missing.length) reason = `lacks tables ${missing.join(', ')} (older version)`;
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
