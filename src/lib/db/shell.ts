/**
 * The app shell: the files the service worker caches at install (pages, scripts, styles, small
 * data files), and the gzipped copies of them the build writes (`scripts/build/precompress-shell.ts`),
 * so the shell travels compressed also from a host that compresses nothing.
 */

/**
 * Not part of the shell: large files (the engine and data files, kept by the page when used) and
 * the public pages (`/public/…`, thousands of small plain pages that need no cache). Paths are
 * below the site's base.
 */
export const outsideShell = (path: string): boolean =>
	/\.(wasm|gz|zst|duckdb)$/.test(path) || path.startsWith('/public/');

/** Content types of the shell's compressible files, by extension. */
const types: Record<string, string> = {
	js: 'text/javascript',
	mjs: 'text/javascript',
	css: 'text/css',
	json: 'application/json',
	html: 'text/html; charset=utf-8',
	svg: 'image/svg+xml',
	txt: 'text/plain; charset=utf-8',
	webmanifest: 'application/manifest+json',
	xml: 'application/xml'
};

/**
 * The body of a gzipped copy (`<file>.gz`) as a host handed it over: gunzipped, or as it is
 * when the host decoded it on the way (`Content-Encoding: gzip`). Self-contained (globals only):
 * the engine's worker runs its text (`engineWorker`).
 */
export async function gunzipCopy(bytes: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> {
	if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes.slice().buffer;
	const body = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Response(body).arrayBuffer();
}

/** The content type of a shell file that travels gzipped, or null when it travels as it is. */
export function gzippedType(path: string): string | null {
	if (outsideShell(path)) return null;
	return types[/\.([a-z]+)$/.exec(path)?.[1] ?? ''] ?? null;
}
