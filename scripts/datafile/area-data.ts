import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Upper-case idn-area-data names to title case: `KABUPATEN PASURUAN` → `Kabupaten Pasuruan`. */
export function titleCase(s: string): string {
	return s
		.toLowerCase()
		.replace(/(^|[\s(/-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());
}

/** Reads one idn-area-data CSV file (no header, no quoted fields) into rows of cells. */
export function readCsv(file: string): string[][] {
	const text = readFileSync(file, 'utf8');
	const out: string[][] = [];
	for (const line of text.split(/\r?\n/).slice(1)) {
		if (!line) continue;
		// The files have no quoted fields; names never contain commas (checked by the spec).
		const a = line.indexOf(',');
		const b = line.indexOf(',', a + 1);
		out.push(
			b < 0
				? [line.slice(0, a), line.slice(a + 1)]
				: [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1)]
		);
	}
	return out;
}

/** Folder of the idn-area-data CSV files. */
export function areaDataDir(): string {
	const require = createRequire(import.meta.url);
	return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}
