import { worded, type Worded } from './problems';

/** Text encodings the importer reads, as it names them in messages. */
export type Encoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/** What the first bytes of a file say about it. */
export type Sniffed = { ok: true; encoding: Encoding; bom: number } | ({ ok: false } & Worded);

const labels: Record<Encoding, string> = {
	'UTF-8': 'utf-8',
	'UTF-8 with BOM': 'utf-8',
	'UTF-16LE': 'utf-16le',
	'UTF-16BE': 'utf-16be',
	'Windows-1252': 'windows-1252'
};

/** Bytes the sniffer looks at. */
export const SNIFF_BYTES = 1 << 16;

function isUtf8(head: Uint8Array): boolean {
	try {
		// `stream: true` forgives a multi-byte character cut at the end of the sample.
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
		return true;
	} catch {
		return false;
	}
}

/** Whether the bytes hold a well-formed two-byte UTF-8 character (é is C3 A9). */
function hasUtf8Pair(head: Uint8Array): boolean {
	for (let i = 0; i + 1 < head.length; i++) {
		const a = head[i]!;
		const b = head[i + 1]!;
		const prev = i > 0 ? head[i - 1]! : 0;
		if (a >= 0xc2 && a <= 0xdf && b >= 0x80 && b <= 0xbf && prev < 0x80) return true;
	}
	return false;
}

/**
 * Decides a file's encoding from its first bytes: a byte-order mark names UTF-8 or UTF-16; without
 * one, valid UTF-8 is UTF-8 and anything else is read as Windows-1252 (what Excel writes on
 * Indonesian Windows). Binary files, spreadsheets saved under a .csv name and UTF-16 without a
 * byte-order mark are refused.
 */
export function sniffEncoding(head: Uint8Array): Sniffed {
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
		return { ok: true, encoding: 'UTF-8 with BOM', bom: 3 };
	if (head[0] === 0xff && head[1] === 0xfe) return { ok: true, encoding: 'UTF-16LE', bom: 2 };
	if (head[0] === 0xfe && head[1] === 0xff) return { ok: true, encoding: 'UTF-16BE', bom: 2 };
	if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
		return {
			ok: false,
			...worded('this is a ZIP or Excel file, not CSV text: save it as CSV', 'detail_zip')
		};
	let nul = 0;
	let control = 0;
	const n = Math.min(head.length, 4096);
	for (let i = 0; i < n; i++) {
		const b = head[i]!;
		if (b === 0) nul++;
		else if (b < 9 || (b > 13 && b < 32)) control++;
	}
	if (n > 0 && nul > n / 4)
		return {
			ok: false,
			...worded(
				'looks like UTF-16 without a byte-order mark, or a binary file: save it as UTF-8 CSV',
				'detail_utf16_no_bom'
			)
		};
	if (n > 0 && control > n / 10)
		return {
			ok: false,
			...worded('binary data, not CSV text: save it as UTF-8 CSV', 'detail_binary')
		};
	if (isUtf8(head)) return { ok: true, encoding: 'UTF-8', bom: 0 };
	if (hasUtf8Pair(head))
		return {
			ok: false,
			...worded(
				'mixes UTF-8 with another encoding (é written both ways): save the whole file as UTF-8',
				'detail_mixed_encoding'
			)
		};
	return { ok: true, encoding: 'Windows-1252', bom: 0 };
}

/**
 * A streaming decoder for one encoding: bytes in, text out, characters split across chunks kept
 * whole. UTF-8 is decoded strictly: a byte sequence that is not UTF-8 throws.
 */
export function textDecoder(encoding: Encoding): {
	decode(chunk: Uint8Array): string;
	end(): string;
} {
	const d = new TextDecoder(labels[encoding], {
		fatal: encoding.startsWith('UTF-8'),
		ignoreBOM: false
	});
	return {
		decode: (chunk) => d.decode(chunk, { stream: true }),
		end: () => d.decode()
	};
}
