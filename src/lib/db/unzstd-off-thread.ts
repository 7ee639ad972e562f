import ZstdWorker from './zstd-worker?worker';
import { isZstd, unzstd } from './zstd';

/**
 * `unzstd` in a Web Worker, so decoding a large data file does not stall the page (filters stay
 * responsive while the second analytics file arrives); on the page's thread where workers are
 * unavailable. Rejects on a damaged or cut-short file.
 */
export async function unzstdOffThread(bytes: Uint8Array): Promise<Uint8Array> {
	if (!isZstd(bytes)) return bytes;
	let worker: Worker;
	try {
		worker = new ZstdWorker();
	} catch {
		return unzstd(bytes);
	}
	try {
		return await new Promise<Uint8Array>((resolve, reject) => {
			worker.onmessage = (e: MessageEvent<{ ok?: Uint8Array; error?: string }>) =>
				e.data.ok ? resolve(e.data.ok) : reject(new Error(e.data.error));
			worker.onerror = (e) => reject(new Error(e.message));
			worker.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
		});
	} finally {
		worker.terminate();
	}
}
