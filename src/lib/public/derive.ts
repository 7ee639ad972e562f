import { publicOutcomes } from '$lib/queries/public-figures';
import type { AreaPage } from './model';
import type { Shown } from './suppress';

/**
 * What a reader can work out from the published pages. Every figure of every page is collected
 * under a key naming what it counts (the same figure on two pages has one key); the relations
 * are the sums a reader can rely on: rows and columns of a table, months and their total, and
 * an area and the areas inside it, across pages. The check is the reader's own: subtract along
 * every relation, again and again, and see whether a hidden figure comes out.
 */
export interface Published {
	figures: Map<string, Shown>;
	/** `[total, ...parts]`: total = sum of parts. */
	relations: string[][];
	/** Hidden figures that a shown figure gives away directly (a share, a rate, an amount). */
	revealed: string[];
	/** The same figure shown differently on two pages. */
	conflicts: string[];
}

const fields = [
	['riceKg', 'rice_kg'],
	['riceRecipients', 'rice_recipients'],
	['riceTarget', 'rice_target'],
	['milkPackages', 'milk_packages'],
	['milkRecipients', 'milk_recipients'],
	['milkTarget', 'milk_target']
] as const;

/** Collects the figures and relations of a set of published pages. */
export function publishedOf(pages: AreaPage[]): Published {
	const out: Published = { figures: new Map(), relations: [], revealed: [], conflicts: [] };
	const put = (key: string, s: Shown) => {
		const had = out.figures.get(key);
		if (had && (had.v !== s.v || had.m !== s.m)) out.conflicts.push(key);
		out.figures.set(key, s);
		return key;
	};
	const rel = (total: string, parts: string[]) => out.relations.push([total, ...parts]);
	// A shown figure that reveals a hidden one.
	const reveals = (by: Shown, key: string) => {
		if (by.v !== null && !by.m) out.revealed.push(key);
	};
	const hidden = (key: string) => !!out.figures.get(key)?.m;
	const req = (a: string, s: string, o: string) => `req/${a}/${s}/${o}`;
	const aid = (a: string, m: string, f: string) => `aid/${a}/${m}/${f}`;
	const later: (() => void)[] = [];
	const parents = new Map<string, string[]>();

	for (const p of pages) {
		const a = p.area.code;
		const r = p.requests;
		const services = r.lines.map((l) => l.code);
		for (const l of r.lines) {
			const cells = publicOutcomes.map((o) => put(req(a, l.code, o), l.cells[o]));
			rel(put(req(a, l.code, 'all'), l.total), cells);
		}
		for (const o of publicOutcomes)
			rel(
				put(req(a, 'all', o), r.totals[o]),
				services.map((s) => req(a, s, o))
			);
		const grand = put(req(a, 'all', 'all'), r.grand);
		rel(
			grand,
			services.map((s) => req(a, s, 'all'))
		);
		rel(
			grand,
			publicOutcomes.map((o) => req(a, 'all', o))
		);
		// A shown share of resolved requests and a shown total give resolved on site + resolved.
		if (p.resolvedPct.v !== null && !p.resolvedPct.m && r.grand.v !== null && !r.grand.m)
			rel(put(`resolved/${a}/all`, { v: (p.resolvedPct.v * r.grand.v) / 100, m: null }), [
				req(a, 'all', 'on_site'),
				req(a, 'all', 'resolved')
			]);

		const vis = put(`vis/${a}/all`, p.visitors);
		const held = p.events.filter((e) => e.status === 'held' && e.village?.code.startsWith(a));
		rel(
			vis,
			held.map((e) => put(`event/${e.date}/${e.village?.code}/${e.program}/${e.place}`, e.visitors))
		);

		const months = p.aid ? [...p.aid.months, { ...p.aid.total, month: 'all' }] : [];
		for (const m of months) {
			for (const [k, f] of fields) put(aid(a, m.month, f), m[k]);
			later.push(() => {
				reveals(m.riceKg, aid(a, m.month, 'rice_recipients'));
				reveals(m.milkPackages, aid(a, m.month, 'milk_recipients'));
				for (const f of ['rice_recipients', 'rice_target'])
					if (hidden(aid(a, m.month, f))) reveals(m.ricePct, aid(a, m.month, f));
				for (const f of ['milk_recipients', 'milk_target'])
					if (hidden(aid(a, m.month, f))) reveals(m.milkPct, aid(a, m.month, f));
			});
		}
		for (const [, f] of fields)
			if (p.aid)
				rel(
					aid(a, 'all', f),
					p.aid.months.map((m) => aid(a, m.month, f))
				);
		put(`ind/${a}/all`, p.proposals.individual.total);
		put(`ind/${a}/rkpd`, p.proposals.individual.rkpd);

		// Across pages: each figure of this area is the sum of the same figure of the areas inside.
		const kids = p.children.map((c) => c.area.code);
		for (const c of p.children) {
			put(req(c.area.code, 'all', 'all'), c.requests);
			if (c.requests.m) reveals(c.per1000, req(c.area.code, 'all', 'all'));
		}
		if (kids.length) parents.set(a, kids);
	}
	for (const f of later) f();
	const byArea = new Map<string, string[]>();
	for (const k of out.figures.keys()) {
		const area = k.split('/')[1]!;
		const list = byArea.get(area);
		if (list) list.push(k);
		else byArea.set(area, [k]);
	}
	for (const [a, kids] of parents)
		for (const key of byArea.get(a) ?? []) {
			if (key.startsWith('resolved/')) continue;
			rel(
				key,
				kids.map((k) => key.replace(`/${a}/`, `/${k}/`))
			);
		}
	return out;
}

/**
 * The hidden figures a reader can work out by subtraction, repeated until nothing new comes
 * out, plus those a shown figure gives away directly. A figure no page shows is a known zero
 * (the page of its area exists and has no such line); a figure shown as "—" is a known zero.
 */
export function derivable(pub: Published): string[] {
	const known = new Map<string, number>();
	for (const [k, s] of pub.figures) if (!s.m) known.set(k, s.v ?? 0);
	for (const r of pub.relations) for (const k of r) if (!pub.figures.has(k)) known.set(k, 0);
	const found = new Set(pub.revealed.filter((k) => pub.figures.get(k)?.m));
	for (let changed = true; changed;) {
		changed = false;
		for (const [total, ...parts] of pub.relations) {
			const unknown = [total!, ...parts].filter((k) => !known.has(k));
			if (unknown.length !== 1) continue;
			const u = unknown[0]!;
			const sumParts = parts.reduce((t, k) => t + (known.get(k) ?? 0), 0);
			known.set(u, u === total ? sumParts : known.get(total!)! - sumParts);
			if (pub.figures.get(u)?.m) found.add(u);
			changed = true;
		}
	}
	return [...found].sort();
}
