/** A seeded pseudo-random generator (sfc32): the same seed always gives the same stream. */
export class Rng {
	private a: number;
	private b: number;
	private c: number;
	private d: number;

	/** Seeds the generator from any string or number (hashed with cyrb128). */
	constructor(seed: string | number) {
		const [a, b, c, d] = cyrb128(String(seed));
		this.a = a;
		this.b = b;
		this.c = c;
		this.d = d;
		for (let i = 0; i < 15; i++) this.next();
	}

	/** Uniform float in [0, 1). */
	next(): number {
		this.a |= 0;
		this.b |= 0;
		this.c |= 0;
		this.d |= 0;
		const t = (((this.a + this.b) | 0) + this.d) | 0;
		this.d = (this.d + 1) | 0;
		this.a = this.b ^ (this.b >>> 9);
		this.b = (this.c + (this.c << 3)) | 0;
		this.c = (this.c << 21) | (this.c >>> 11);
		this.c = (this.c + t) | 0;
		return (t >>> 0) / 4294967296;
	}

	/** Integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** True with probability p. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	/** One element of a non-empty array. */
	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)] as T;
	}

	/** Approximately normal value (sum of three uniforms), mean `mean`, spread `sd`. */
	normal(mean: number, sd: number): number {
		const u = this.next() + this.next() + this.next() - 1.5;
		return mean + u * 2 * sd;
	}

	/** A shuffled copy of an array (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[] {
		const out = items.slice();
		for (let i = out.length - 1; i > 0; i--) {
			const j = Math.floor(this.next() * (i + 1));
			[out[i], out[j]] = [out[j] as T, out[i] as T];
		}
		return out;
	}

	/** A child generator for one concern, so adding draws elsewhere does not shift its stream. */
	fork(label: string): Rng {
		return new Rng(`${this.next()}:${label}`);
	}
}

/** Picks keys by weight; build once, draw many times. */
export class Weighted<T> {
	private readonly items: T[];
	private readonly cum: number[];

	/** Builds the table from `[item, weight]` pairs (weights need not sum to 1). */
	constructor(pairs: readonly (readonly [T, number])[]) {
		this.items = pairs.map((p) => p[0]);
		let s = 0;
		this.cum = pairs.map((p) => (s += p[1]));
		if (!(s > 0)) throw new Error('Weighted: weights must sum to more than 0');
	}

	/** Draws one item. */
	draw(rng: Rng): T {
		const x = rng.next() * (this.cum[this.cum.length - 1] as number);
		let lo = 0;
		let hi = this.cum.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((this.cum[mid] as number) > x) hi = mid;
			else lo = mid + 1;
		}
		return this.items[lo] as T;
	}
}

/** Splits `total` into integers proportional to `weights` that sum exactly to `total`. */
export function apportion(total: number, weights: readonly number[]): number[] {
	const sum = weights.reduce((s, w) => s + w, 0);
	if (sum <= 0) return weights.map(() => 0);
	let acc = 0;
	let prev = 0;
	return weights.map((w) => {
		acc += (w / sum) * total;
		const cur = Math.round(acc);
		const n = cur - prev;
		prev = cur;
		return n;
	});
}

function cyrb128(str: string): [number, number, number, number] {
	let h1 = 1779033703;
	let h2 = 3144134277;
	let h3 = 1013904242;
	let h4 = 2773480762;
	for (let i = 0; i < str.length; i++) {
		const k = str.charCodeAt(i);
		h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
		h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
		h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
		h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
	}
	h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
	h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
	h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
	h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
	h1 ^= h2 ^ h3 ^ h4;
	h2 ^= h1;
	h3 ^= h1;
	h4 ^= h1;
	return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
