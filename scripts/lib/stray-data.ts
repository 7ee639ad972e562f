import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Extensions of the files the site serves from `static/data/` (data files, manifests, boundaries). */
export const dataExtensions = [
	'.duckdb',
	'.duckdb.gz',
	'.duckdb.zst',
	'.arrow',
	'.json',
	'.geojson',
	'.topojson'
];

/** Names that mark a temporary or unfinished file, whatever the extension. */
const temporary = /(^\.|\.tmp|\.wal$|\.lock$|\.part$|\.crdownload$|~$)/i;

/**
 * Files under `dir` that are not data files the site serves: a failed import's `.wal`, a `.tmp-*`
 * file, a lock, CSV exports, editor backups… The build refuses to publish them.
 */
export function strayDataFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		let entries;
		try {
			entries = readdirSync(d, { withFileTypes: true });
		} catch {
			return;
		}
		for (const e of entries) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (
				temporary.test(e.name) ||
				!dataExtensions.some((x) => e.name.toLowerCase().endsWith(x))
			)
				out.push(relative(dir, p));
		}
	};
	walk(dir);
	return out.sort();
}
