import type { Download } from 'playwright-core';

/** A download's bytes, read through the connection (the shared browser is a remote one). */
export async function downloadBytes(download: Download): Promise<Buffer> {
	return Buffer.concat(await (await download.createReadStream()).toArray());
}
