/** Steps of the start-up: the engine and the data download run side by side, then attach. */
export const loadSteps = ['engine', 'data', 'attach'] as const;
/** One step of the start-up. */
export type LoadStep = (typeof loadSteps)[number];

/** Progress of one step: bytes loaded of total (when known) and whether it is done. */
export interface StepProgress {
	loaded: number;
	total: number | null;
	done: boolean;
}

/** Where the start-up is, step by step. */
export type LoadProgress = Record<LoadStep, StepProgress>;

/** Progress before anything started. */
export function initialProgress(): LoadProgress {
	const none = (): StepProgress => ({ loaded: 0, total: null, done: false });
	return { engine: none(), data: none(), attach: none() };
}

/**
 * Fetches a URL into memory, reporting bytes as they arrive (`total` from Content-Length, else
 * `totalHint`); throws with the HTTP status on failure.
 */
export async function fetchWithProgress(
	url: string,
	onBytes: (loaded: number, total: number | null) => void,
	totalHint: number | null = null
): Promise<Uint8Array> {
	const res = await fetch(url);
	if (!res.ok || !res.body) throw new Error(`HTTP ${res.status} ${res.statusText} — ${url}`);
	const header = Number(res.headers.get('content-length'));
	const total = Number.isFinite(header) && header > 0 ? header : totalHint;
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.byteLength;
		onBytes(loaded, total);
	}
	const out = new Uint8Array(loaded);
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.byteLength;
	}
	return out;
}

/** Whether `bytes` start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
	return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Gunzips bytes with the browser's `DecompressionStream`; bytes that are not gzip (a host that
 * sent the file with `Content-Encoding: gzip` and had the browser decode it) pass through.
 */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
	if (!isGzip(bytes)) return bytes;
	const stream = new Blob([bytes as BlobPart])
		.stream()
		.pipeThrough(new DecompressionStream('gzip'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}
