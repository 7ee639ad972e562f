import { existsSync } from 'node:fs';
import { DEFAULT_OUT, generate } from './demo/generate';

// Builds the demo database when it is missing (predev / prebuild); an existing file is kept.
if (existsSync(DEFAULT_OUT)) {
	console.log(`ensure-data: ${DEFAULT_OUT} exists`);
} else {
	console.log(`ensure-data: ${DEFAULT_OUT} is missing, generating the demo data (about a minute)`);
	try {
		await generate();
	} catch (e) {
		console.error(
			`ensure-data: could not generate ${DEFAULT_OUT}: ${e instanceof Error ? e.stack : String(e)}`
		);
		process.exit(1);
	}
}
