import { publicOutcomes } from '$lib/queries/public-figures';
import type { PublicBundle } from './bundle';
import { rkpdStages } from '$lib/schema/proposals';
import type { EventRow } from './rows';
import { Sheet, type Shown } from './suppress';

/** The aid columns every page shows, by the name of their row column. */
export const aidFields = [
	'rice_kg',
	'rice_recipients',
	'rice_target',
	'milk_packages',
	'milk_recipients',
	'milk_target'
] as const;
/** An aid column. */
export type AidField = (typeof aidFields)[number];

/** Keys of the figures published on the public pages; `*` is the total over that dimension. */
export const figureKey = {
	/** Requests of an area by service and outcome. */
	requests: (area: string, service: string, outcome: string) => `r|${area}|${service}|${outcome}`,
	/** Median days to resolve of an area's service. */
	median: (area: string, service: string) => `d|${area}|${service}`,
	/** Visitors at the held service days in an area. */
	visitors: (area: string) => `v|${area}|all`,
	/** Aid of an area in a month. */
	aid: (area: string, month: string, field: AidField) => `a|${area}|${month}|${field}`,
	/** Proposals of individual residents (no RT/RW) of an area, all or those that reached the RKPD. */
	individual: (area: string, rkpd: boolean) => `p|${area}|${rkpd ? 'rkpd' : 'all'}`
};

/** Every figure of every public page, suppressed once over the whole hierarchy. */
export interface PublicFigures {
	/** A figure by key (`figureKey`); a figure with no data is a shown zero. */
	get(key: string): Shown;
	/** The visitors of a service day as shown on every page that lists it. */
	event(e: EventRow): Shown;
}

/**
 * Registers every figure of every page on one sheet, with the sums inside each page (rows,
 * columns, months) and between pages (a kecamatan is the sum of its villages, a regency of its
 * kecamatan), and solves it. `acrossPages: false` leaves out the sums between pages (only to
 * show in a test what they protect).
 */
export function publicFigures(b: PublicBundle, { acrossPages = true } = {}): PublicFigures {
	const sheet = new Sheet();
	const ids = new Map<string, number>();
	// Per area, the figures a parent area sums: [key with the area as `@`, id].
	const summed = new Map<string, [string, number][]>();
	const add = (key: string, i: number) => {
		ids.set(key, i);
		const area = key.split('|')[1]!;
		if (!key.startsWith('d|')) push(summed, area, [key.replace(`|${area}|`, '|@|'), i]);
		return i;
	};
	const count = (key: string, v: number | null) => add(key, sheet.count(v));
	const measure = (key: string, v: number | null) => add(key, sheet.measure(v));
	const id = (key: string) => ids.get(key);
	const areas = [...b.areas.values()];

	for (const a of areas) {
		const rows = b.requests.get(a.code) ?? [];
		const services = [...new Set(rows.flatMap((r) => (r.service === null ? [] : [r.service])))];
		// Counts by service and outcome, with `*` margins, in one pass over the rows.
		const counts = new Map<string, number>();
		for (const r of rows)
			if (r.service !== null && r.outcome !== null)
				for (const k of [`${r.service}|${r.outcome}`, `${r.service}|*`, `*|${r.outcome}`, '*|*'])
					counts.set(k, (counts.get(k) ?? 0) + r.n);
		const cell = (s: string, o: string) => counts.get(`${s}|${o}`) ?? 0;
		for (const s of [...services, '*']) {
			const row = [...publicOutcomes, '*'].map((o) =>
				count(figureKey.requests(a.code, s, o), cell(s, o))
			);
			sheet.sum(row.at(-1)!, row.slice(0, -1));
			const m = rows.find((r) => r.service === (s === '*' ? null : s) && r.days_n > 0);
			const median = measure(figureKey.median(a.code, s), m?.median_days ?? null);
			sheet.follows(median, id(figureKey.requests(a.code, s, 'resolved'))!);
		}
		for (const o of [...publicOutcomes, '*'])
			sheet.sum(
				id(figureKey.requests(a.code, '*', o))!,
				services.map((s) => id(figureKey.requests(a.code, s, o))!)
			);
	}

	const eventIds = new Map<EventRow, number>();
	for (const events of b.eventsByDistrict.values())
		for (const e of events) eventIds.set(e, sheet.count(e.status === 'held' ? e.visitors : null));
	// A village's visitors are the sum of its held service days; the areas above it sum villages.
	const heldIn = new Map<string, number[]>();
	for (const [e, i] of eventIds) if (e.status === 'held') push(heldIn, e.village_code, i);
	for (const a of areas) {
		const total = count(figureKey.visitors(a.code), a.visitors);
		if (a.level === 'village') sheet.sum(total, heldIn.get(a.code) ?? []);
	}

	for (const a of areas) {
		const rows = b.aid.get(a.code) ?? [];
		if (rows.length === 0) continue;
		const total = Object.fromEntries(
			aidFields.map((f) => [f, sum(rows.map((r) => r[f]))])
		) as Record<AidField, number | null>;
		for (const [month, r] of [...rows.map((r) => [r.month, r] as const), ['*', total] as const]) {
			const reg = (f: AidField) => {
				const key = figureKey.aid(a.code, month, f);
				return f.endsWith('_kg') || f.endsWith('_packages') ? measure(key, r[f]) : count(key, r[f]);
			};
			const fid = Object.fromEntries(aidFields.map((f) => [f, reg(f)])) as Record<AidField, number>;
			// Rice and milk are handed out per household: the amount would reveal the recipients.
			sheet.follows(fid.rice_kg, fid.rice_recipients);
			sheet.follows(fid.milk_packages, fid.milk_recipients);
		}
		for (const f of aidFields)
			sheet.sum(
				id(figureKey.aid(a.code, '*', f))!,
				rows.map((r) => id(figureKey.aid(a.code, r.month, f))!)
			);
	}

	for (const a of areas)
		for (const rkpd of [false, true]) {
			const rows = (b.proposalStages.get(a.code) ?? []).filter(
				(r) => !r.community && (!rkpd || (rkpdStages as readonly string[]).includes(r.stage))
			);
			count(
				figureKey.individual(a.code, rkpd),
				rows.reduce((t, r) => t + r.n, 0)
			);
		}

	// Between pages: every figure of a kecamatan or regency is the sum of the same figure of the
	// areas inside it, all published on their own pages.
	if (acrossPages)
		for (const parent of areas) {
			const kids = b.children.get(parent.code) ?? [];
			for (const [key, total] of summed.get(parent.code) ?? []) {
				const parts = kids.flatMap((k) => {
					const i = id(key.replace('|@|', `|${k.code}|`));
					return i === undefined ? [] : [i];
				});
				sheet.sum(total, parts);
			}
		}

	sheet.solve();
	return {
		get: (key) => {
			const i = id(key);
			return i === undefined ? { v: 0, m: null } : sheet.shown(i);
		},
		event: (e) => {
			const i = eventIds.get(e);
			return i === undefined ? { v: null, m: null } : sheet.shown(i);
		}
	};
}

function push<T>(m: Map<string, T[]>, k: string, x: T): void {
	const list = m.get(k);
	if (list) list.push(x);
	else m.set(k, [x]);
}

function sum(xs: (number | null)[]): number | null {
	return xs.every((x) => x === null) ? null : xs.reduce<number>((t, x) => t + (x ?? 0), 0);
}

const cache = new WeakMap<PublicBundle, PublicFigures>();

/** The figures of a bundle, solved once and shared by every page and CSV of the build. */
export function figuresOf(b: PublicBundle): PublicFigures {
	let f = cache.get(b);
	if (!f) cache.set(b, (f = publicFigures(b)));
	return f;
}
