/** How a host answers a `Range` header for a file of `size` bytes. */
export type RangeAnswer =
	{ status: 200 } | { status: 206; start: number; end: number } | { status: 416 };

/**
 * The answer to `Range: bytes=…` (RFC 9110 §14): one satisfiable range gets 206 with bytes
 * `start`..`end` (inclusive); a range past the end gets 416; no header, another unit, several
 * ranges or a malformed header get the whole file (200), as a server may answer.
 */
export function rangeAnswer(header: string | undefined, size: number): RangeAnswer {
	const m = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
	if (!m || (m[1] === '' && m[2] === '')) return { status: 200 };
	if (m[1] === '') {
		// A suffix: the last N bytes.
		const n = Number(m[2]);
		if (n === 0 || size === 0) return { status: 416 };
		return { status: 206, start: Math.max(0, size - n), end: size - 1 };
	}
	const start = Number(m[1]);
	const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	if (start >= size) return { status: 416 };
	if (end < start) return { status: 200 };
	return { status: 206, start, end };
}
