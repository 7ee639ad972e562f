import { existsSync } from 'node:fs';
import { serveStatic } from '../tests/support/server.ts';

// `npm start` (after the build): serves build/ as deployed, as a plain static host would, at
// http://127.0.0.1:4173/. Not `vite preview`: that serves SvelteKit's own output folder, without
// what `postbuild` writes into build/ (the pruned public data, the shell's gzipped copies that the
// service worker and the engine's worker fetch).
const root = 'build';
const port = Number(process.env.PORT ?? 4173);
if (!existsSync(`${root}/index.html`)) {
	console.error(`serve: ${root}/index.html is missing; run npm run build first`);
	process.exit(1);
}
const server = await serveStatic(root, process.env.BASE_PATH ?? '', port).catch((e: unknown) => {
	console.error(`serve: cannot listen on 127.0.0.1:${port}: ${e instanceof Error ? e.message : e}`);
	process.exit(1);
});
console.log(`Jemput Bola: ${server.url} (Ctrl+C to stop)`);
