import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzippedType } from '../../src/lib/db/shell';

// postbuild: a gzipped copy (`<file>.gz`) next to every compressible file of the app shell that
// the service worker caches at install (`src/lib/db/shell.ts`). The worker fetches the copy and
// gunzips it, so the shell travels compressed also from a host that compresses nothing (the
// page's own first requests cannot).
const root = process.argv[2] ?? 'build';
let files = 0;
let raw = 0;
let packed = 0;

function walk(dir: string): void {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		const st = statSync(path);
		if (st.isDirectory()) walk(path);
		else if (gzippedType(`/${relative(root, path).split(sep).join('/')}`)) {
			const gz = gzipSync(readFileSync(path), { level: 9 });
			writeFileSync(`${path}.gz`, gz);
			files++;
			raw += st.size;
			packed += gz.byteLength;
		}
	}
}

try {
	walk(root);
	const mb = (b: number) => (b / 1_048_576).toFixed(2);
	console.log(`precompress-shell: ${files} files, ${mb(raw)} MB -> ${mb(packed)} MB gzipped`);
} catch (e) {
	console.error(`precompress-shell: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
}
