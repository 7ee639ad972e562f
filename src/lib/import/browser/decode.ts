/** Text encodings the import recognises. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM) and UTF-16 with BOM; bytes that are not
 * valid UTF-8 are read as Windows-1252, as Excel on Windows writes CSV.
 */
export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
	const [a, b, c] = bytes;
	if (a === 0xff && b === 0xfe)
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (a === 0xfe && b === 0xff)
		return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
	}
}
