import { DataFault } from './verify';

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

/** Seconds without a byte after which a download counts as stalled (tests may lower it). */
export function stallMs(): number {
	const t = (globalThis as { jbStallMs?: number }).jbStallMs;
	return typeof t === 'number' && t > 0 ? t : 30_000;
}

/** Waits for `p`, or throws `DataFault('stalled')` with the bytes so far after `ms` without progress. */
async function orStall<T>(p: Promise<T>, ms: number, where: () => string): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const stall = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new DataFault('stalled', where())), ms);
	});
	try {
		return await Promise.race([p, stall]);
	} finally {
		clearTimeout(timer);
	}
}

/** A download as a stream of its body, with the fault that ended it (if any). */
export interface Download {
	body: ReadableStream<Uint8Array>;
	/** The fault that ended the download early (stalled, cut short, network), once it happened. */
	fault(): DataFault | null;
}

/**
 * Fetches a URL as a stream of its body, reporting bytes as they arrive (`total` from
 * Content-Length, else `totalHint`). Fails with a `DataFault`: `download` with the HTTP status
 * or network error, `stalled` when no byte came for `stallMs()` (with the bytes so far),
 * `corrupt` when fewer bytes came than announced.
 */
export async function streamWithProgress(
	url: string,
	onBytes: (loaded: number, total: number | null) => void,
	totalHint: number | null = null
): Promise<Download> {
	const ms = stallMs();
	const res = await orStall(fetch(url), ms, () => `0 bytes — ${url}`).catch((e: unknown) => {
		throw e instanceof DataFault ? e : new DataFault('download', `${String(e)} — ${url}`);
	});
	if (!res.ok || !res.body)
		throw new DataFault('download', `HTTP ${res.status} ${res.statusText} — ${url}`);
	const header = Number(res.headers.get('content-length'));
	const announced = Number.isFinite(header) && header > 0 ? header : null;
	const total = announced ?? totalHint;
	const reader = res.body.getReader();
	let loaded = 0;
	let fault: DataFault | null = null;
	const where = () =>
		`${loaded.toLocaleString('en')}${total ? ` / ${total.toLocaleString('en')}` : ''} bytes — ${url}`;
	const fail = (e: DataFault): never => {
		fault = e;
		throw e;
	};
	const body = new ReadableStream<Uint8Array>({
		async pull(controller) {
			const { done, value } = await orStall(reader.read(), ms, where).catch((e: unknown) => {
				void reader.cancel().catch(() => undefined);
				return fail(
					e instanceof DataFault ? e : new DataFault('download', `${String(e)}; ${where()}`)
				);
			});
			if (!done) {
				loaded += value.byteLength;
				onBytes(loaded, total);
				controller.enqueue(value);
			} else if (announced !== null && loaded < announced)
				fail(new DataFault('corrupt', `cut short: ${where()}`));
			else controller.close();
		},
		cancel: (reason) => reader.cancel(reason)
	});
	return { body, fault: () => fault };
}

/** Fetches a URL into memory, as `streamWithProgress` (same progress and faults). */
export async function fetchWithProgress(
	url: string,
	onBytes: (loaded: number, total: number | null) => void,
	totalHint: number | null = null
): Promise<Uint8Array> {
	const reader = (await streamWithProgress(url, onBytes, totalHint)).body.getReader();
	const chunks: Uint8Array[] = [];
	let loaded = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		loaded += value.byteLength;
	}
	const out = new Uint8Array(loaded);
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.byteLength;
	}
	return out;
}
