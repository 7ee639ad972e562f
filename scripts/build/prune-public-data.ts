import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The public pages run no client-side app (`csr = false`), yet SvelteKit writes a
// `__data.json` next to every prerendered page with a server load. Nothing ever fetches them:
// remove them so the output holds only what is served (postbuild).
const root = 'build/public';
let removed = 0;
let bytes = 0;
function walk(dir: string): void {
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) walk(path);
		else if (name === '__data.json') {
			bytes += statSync(path).size;
			rmSync(path);
			removed++;
		}
	}
}
try {
	walk(root);
	console.log(`prune-public-data: removed ${removed} unused __data.json (${(bytes / 1e6).toFixed(1)} MB)`);
} catch (e) {
	console.error(`prune-public-data: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
}
