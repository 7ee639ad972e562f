import * as arrow from 'apache-arrow';
import type { SqlType } from '$lib/schema/define';

/** A checked value as the checks give it (dates and timestamps as their canonical text). */
export type CellValue = string | number | boolean | null;

const TWO32 = 4_294_967_296;

/** Days since 1970-01-01 of a day of the proleptic Gregorian calendar (H. Hinnant's algorithm). */
export function daysFromCivil(y: number, m: number, d: number): number {
	y -= m <= 2 ? 1 : 0;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** `YYYY-MM-DD` of a number of days since 1970-01-01 (inverse of `daysFromCivil`). */
export function civilFromDays(z: number): string {
	z += 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
	return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The number written by the digits `s[a..b)` (the checks proved they are digits). */
function num(s: string, a: number, b: number): number {
	let n = 0;
	for (let i = a; i < b; i++) n = n * 10 + s.charCodeAt(i) - 48;
	return n;
}

/** Days since 1970-01-01 of a checked `YYYY-MM-DD`. */
const dayOf = (s: string) => daysFromCivil(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));

/** Seconds since 1970-01-01T00:00:00 of a checked `YYYY-MM-DDTHH:MM:SS` (no time zone). */
const secondsOf = (s: string) =>
	dayOf(s) * 86_400 + num(s, 11, 13) * 3600 + num(s, 14, 16) * 60 + num(s, 17, 19);

/** `YYYY-MM-DDTHH:MM:SS` of seconds since 1970-01-01T00:00:00. */
export function timestampText(seconds: number): string {
	const day = Math.floor(seconds / 86_400);
	const t = seconds - day * 86_400;
	const h = Math.floor(t / 3600);
	const mi = Math.floor((t % 3600) / 60);
	return `${civilFromDays(day)}T${pad(h)}:${pad(mi)}:${pad(t % 60)}`;
}

/** The Arrow type a contract SQL type is staged as (DuckDB reads it back as that SQL type). */
export function arrowType(sql: SqlType): arrow.DataType {
	switch (sql) {
		case 'VARCHAR':
			return new arrow.Utf8();
		case 'INTEGER':
			return new arrow.Int32();
		case 'BIGINT':
			return new arrow.Int64();
		case 'DOUBLE':
			return new arrow.Float64();
		case 'BOOLEAN':
			return new arrow.Bool();
		case 'DATE':
			return new arrow.DateDay();
		case 'TIMESTAMP':
			return new arrow.TimestampMicrosecond();
	}
}

/**
 * One column of one record batch, filled row by row into typed arrays of a fixed capacity
 * (text grows): no per-value objects, so a million rows cost their bytes and little else.
 */
export class ColumnBuilder {
	private readonly valid: Uint8Array;
	private nulls = 0;
	/** 32-bit words of fixed-width values (two per 64-bit value), or the offsets of text. */
	private readonly words: Int32Array | Float64Array | Uint8Array;
	private bytes = new Uint8Array(0);
	private used = 0;
	private readonly enc = new TextEncoder();

	constructor(
		readonly sql: SqlType,
		private readonly capacity: number
	) {
		this.valid = new Uint8Array((capacity + 7) >> 3);
		this.words =
			sql === 'DOUBLE'
				? new Float64Array(capacity)
				: sql === 'BOOLEAN'
					? new Uint8Array((capacity + 7) >> 3)
					: new Int32Array(sql === 'BIGINT' || sql === 'TIMESTAMP' ? capacity * 2 : capacity + 1);
		if (sql === 'VARCHAR') this.bytes = new Uint8Array(capacity * 16);
	}

	/** Sets row `i` (rows come in order, each once). */
	set(i: number, v: CellValue): void {
		if (v === null) {
			this.nulls++;
			if (this.sql === 'VARCHAR') (this.words as Int32Array)[i + 1] = this.used;
			return;
		}
		this.valid[i >> 3]! |= 1 << (i & 7);
		switch (this.sql) {
			case 'VARCHAR':
				this.text(i, v as string);
				return;
			case 'INTEGER':
				(this.words as Int32Array)[i] = v as number;
				return;
			case 'DOUBLE':
				(this.words as Float64Array)[i] = v as number;
				return;
			case 'BOOLEAN':
				if (v) this.words[i >> 3]! |= 1 << (i & 7);
				return;
			case 'DATE':
				(this.words as Int32Array)[i] = dayOf(v as string);
				return;
			case 'BIGINT':
				this.int64(i, v as number);
				return;
			case 'TIMESTAMP':
				// Seconds times 10^6 is exact in a double (the factor 2^6 only shifts the exponent).
				this.int64(i, secondsOf(v as string) * 1_000_000);
		}
	}

	private int64(i: number, v: number): void {
		const hi = Math.floor(v / TWO32);
		const w = this.words as Int32Array;
		w[2 * i] = v - hi * TWO32; // little-endian: low word first (wraps to the same bits)
		w[2 * i + 1] = hi;
	}

	private text(i: number, s: string): void {
		const need = this.used + s.length * 3;
		if (need > this.bytes.length) {
			const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
			grown.set(this.bytes.subarray(0, this.used));
			this.bytes = grown;
		}
		const b = this.bytes;
		let at = this.used;
		let k = 0;
		for (; k < s.length; k++) {
			const c = s.charCodeAt(k);
			if (c >= 128) break;
			b[at++] = c;
		}
		if (k < s.length) at += this.enc.encodeInto(s.slice(k), b.subarray(at)).written;
		this.used = at;
		(this.words as Int32Array)[i + 1] = at;
	}

	/** The column's first `length` rows as Arrow data (the builder is not used afterwards). */
	data(length: number): arrow.Data {
		const type = arrowType(this.sql);
		const nullBitmap = this.valid.subarray(0, (length + 7) >> 3);
		const common = { type, length, nullCount: this.nulls, nullBitmap };
		const w = this.words;
		if (this.sql === 'VARCHAR')
			return arrow.makeData({
				...common,
				type: type as arrow.Utf8,
				valueOffsets: (w as Int32Array).subarray(0, length + 1),
				data: this.bytes.subarray(0, this.used)
			});
		const wide = this.sql === 'BIGINT' || this.sql === 'TIMESTAMP';
		const data = wide
			? new BigInt64Array(w.buffer, 0, length)
			: this.sql === 'BOOLEAN'
				? w.subarray(0, (length + 7) >> 3)
				: w.subarray(0, length);
		// One call for every fixed-width type: makeData picks the layout from `type` at run time.
		return arrow.makeData({ ...common, type: type as arrow.Int32, data: data as Int32Array });
	}
}

const dec = new TextDecoder();

/** The value of row `i` of a staged column's chunk, as the checks gave it (`ColumnBuilder`'s inverse). */
export function cellAt(sql: SqlType, data: arrow.Data, i: number): CellValue {
	const at = data.offset + i;
	const bits = data.nullBitmap;
	if (data.nullCount > 0 && bits && bits.length && !(bits[at >> 3]! & (1 << (at & 7)))) return null;
	const values = data.values as ArrayLike<number | bigint> & ArrayBufferView;
	switch (sql) {
		case 'VARCHAR': {
			const o = data.valueOffsets as Int32Array;
			return dec.decode((values as Uint8Array).subarray(o[at]!, o[at + 1]!));
		}
		case 'BOOLEAN':
			return ((values as Uint8Array)[at >> 3]! & (1 << (at & 7))) !== 0;
		case 'BIGINT':
			return Number(values[at] as bigint);
		case 'DATE':
			return civilFromDays(values[at] as number);
		case 'TIMESTAMP':
			return timestampText(Number((values[at] as bigint) / 1_000_000n));
		default:
			return values[at] as number;
	}
}
