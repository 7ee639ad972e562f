/// <reference lib="webworker" />
import { unzstd } from './zstd';

// Decodes a zstd data file off the page's thread (a 55 MB file takes about a second), and hands
// the bytes back without a copy. A damaged file answers with its error message.
self.onmessage = (e: MessageEvent<Uint8Array>) => {
	try {
		const out = unzstd(e.data);
		(self as DedicatedWorkerGlobalScope).postMessage({ ok: out }, [out.buffer as ArrayBuffer]);
	} catch (err) {
		(self as DedicatedWorkerGlobalScope).postMessage({
			error: err instanceof Error ? err.message : String(err)
		});
	}
};
