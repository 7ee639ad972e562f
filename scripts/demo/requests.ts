import { agencyCode, GEMPUNGAN_SERVICES, type ServiceRow } from './catalog';
import type { Allocation } from './allocation';
import { DAYS, isoDateTime } from './calendar';
import type { DemoEvent } from './events';
import { UNANSWERING_AGENCIES } from './plants';
import type { Geography, Village } from './regions';
import { Rng, Weighted } from './rng';
import {
	CHANNELS,
	HOTLINE_KINDS,
	NO_SERVICE_KINDS,
	PROGRAM_MIX,
	REMOTE_KINDS,
	REMOTE_WEIGHT,
	STAND_KINDS,
	STAND_WEIGHT,
	type Kind
} from './request-mix';

interface Context {
	rng: Rng;
	geo: Geography;
	services: Map<string, ServiceRow[]>;
	agencyIndex: Map<string, string[]>;
	villagesByDistrict: Map<string, Village[]>;
	villagesByRegency: Map<string, Weighted<Village>>;
	remoteAgencies: Map<string, Weighted<string>>;
}

/** Header of the requests CSV (contract column order). */
export const REQUEST_HEADER =
	'request_id,program,event_id,channel,kind,agency_code,service_code,citizen_village_code,received_at,status,resolved_at,delivery,satisfaction';

/**
 * Streams all requests, day by day, sorted by `received_at`, into `write` as CSV lines.
 * Only one day's rows are in memory at a time, so 10 million requests fit.
 */
export function writeRequests(
	geo: Geography,
	events: DemoEvent[],
	services: ServiceRow[],
	alloc: Allocation,
	seed: string | number,
	write: (line: string) => void
): void {
	const ctx = context(geo, services, seed);
	const { rng } = ctx;
	const byDay = new Map<number, DemoEvent[]>();
	for (const e of events)
		if (e.status === 'held') byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
	const programs = [...alloc.remotePerDay.keys()];
	let id = 0;
	for (let day = 0; day < DAYS; day++) {
		// Draw every request's time first as a number key (seconds * 1024 + source), sort the keys,
		// then build each row in time order and write it at once: no per-row objects survive, so
		// the garbage collector stays cheap even at 10 million rows.
		const todays = byDay.get(day) ?? [];
		let total = 0;
		for (const e of todays) total += alloc.perEvent.get(e) ?? 0;
		for (const p of programs) total += alloc.remotePerDay.get(p)![day]!;
		const keys = new Float64Array(total);
		let k = 0;
		todays.forEach((e, i) => {
			for (let n = alloc.perEvent.get(e) ?? 0; n > 0; n--)
				keys[k++] = (8 * 3600 + Math.floor(7 * 3600 * rng.next() ** 1.3)) * 1024 + i;
		});
		programs.forEach((p, pi) => {
			for (let n = alloc.remotePerDay.get(p)![day]!; n > 0; n--) {
				const ch = CHANNELS[p]!.draw(rng);
				// Office hours at the office; hotline and chat from 06:00 to 22:00, busiest around 14:00.
				const sec =
					ch === 'office'
						? 8 * 3600 + rng.int(0, 7 * 3600 - 1)
						: 6 * 3600 + Math.floor(8 * 3600 * (rng.next() + rng.next()));
				keys[k++] = sec * 1024 + 512 + pi * 8 + CHANNEL_LIST.indexOf(ch);
			}
		});
		keys.sort();
		for (const key of keys) {
			const sec = Math.floor(key / 1024);
			const src = key % 1024;
			const rest =
				src < 512
					? eventRow(ctx, todays[src]!, sec)
					: remoteRow(ctx, programs[(src - 512) >> 3]!, CHANNEL_LIST[(src - 512) & 7]!, day, sec);
			write(`R-${String(++id).padStart(8, '0')},${rest}`);
		}
	}
}

const CHANNEL_LIST = ['event', 'hotline', 'whatsapp', 'lapor', 'office'];

function context(geo: Geography, services: ServiceRow[], seed: string | number): Context {
	const byAgency = new Map<string, ServiceRow[]>();
	for (const s of services)
		byAgency.set(s.agency_code, [...(byAgency.get(s.agency_code) ?? []), s]);
	const villagesByDistrict = new Map<string, Village[]>();
	for (const d of geo.districts.values())
		villagesByDistrict.set(
			d.code,
			d.villages.filter((v) => !v.silent)
		);
	const villagesByRegency = new Map<string, Weighted<Village>>();
	const agencyIndex = new Map<string, string[]>();
	const remoteAgencies = new Map<string, Weighted<string>>();
	for (const [regency, ds] of geo.byRegency) {
		const vs = ds.flatMap((d) => villagesByDistrict.get(d.code)!);
		villagesByRegency.set(regency, new Weighted(vs.map((v) => [v, v.population] as const)));
	}
	for (const mix of Object.values(PROGRAM_MIX)) {
		const codes = [...new Set(services.map((s) => s.agency_code))].filter((c) =>
			c.startsWith(`${mix.prefix}-`)
		);
		const all = [...codes, agencyCode(mix.prefix, 'DPUPR'), agencyCode(mix.prefix, 'BAPPEDA')];
		agencyIndex.set(mix.prefix, all);
		remoteAgencies.set(
			mix.prefix,
			new Weighted(all.map((c) => [c, REMOTE_WEIGHT[c.slice(4)] ?? 2] as const))
		);
	}
	return {
		rng: new Rng(`${seed}:requests`),
		geo,
		services: byAgency,
		agencyIndex,
		villagesByDistrict,
		villagesByRegency,
		remoteAgencies
	};
}

const standCache = new WeakMap<DemoEvent, Weighted<string>>();

function eventRow(ctx: Context, e: DemoEvent, s: number): string {
	let stands = standCache.get(e);
	if (!stands) {
		const open = e.attendance.filter((a) => a.status === 'present' || a.status === 'late');
		stands = new Weighted(
			open.map((a) => [a.agency, STAND_WEIGHT[a.agency.slice(4)] ?? 2] as const)
		);
		standCache.set(e, stands);
	}
	const { rng } = ctx;
	const agency = stands.draw(rng);
	const offered = serviceList(ctx, e.program, agency);
	let kind = offered.length ? STAND_KINDS.draw(rng) : NO_SERVICE_KINDS.draw(rng);
	if (agency.endsWith('-POS')) kind = 'service';
	const u = rng.next();
	const village =
		u < 0.55 && !e.village.silent
			? e.village
			: u < 0.9
				? rng.pick(ctx.villagesByDistrict.get(e.district)!)
				: ctx.villagesByRegency.get(e.regency)!.draw(rng);
	return row(ctx, e.program, e.id, 'event', kind, agency, offered, village, e.day, s);
}

function remoteRow(ctx: Context, program: string, channel: string, day: number, s: number): string {
	const { rng } = ctx;
	const mix = PROGRAM_MIX[program]!;
	const agency = ctx.remoteAgencies.get(mix.prefix)!.draw(rng);
	const offered = serviceList(ctx, program, agency);
	let kind = channel === 'hotline' ? HOTLINE_KINDS.draw(rng) : REMOTE_KINDS.draw(rng);
	if (kind === 'service' && !offered.length) kind = 'complaint';
	const village = ctx.villagesByRegency.get(mix.regency)!.draw(rng);
	return row(ctx, program, null, channel, kind, agency, offered, village, day, s);
}

function serviceList(ctx: Context, program: string, agency: string): ServiceRow[] {
	const all = ctx.services.get(agency) ?? [];
	if (program !== 'gempungan') return all;
	const core = all.filter((s) => GEMPUNGAN_SERVICES.includes(s.code.slice(4)));
	return core.length ? core : all;
}

function row(
	ctx: Context,
	program: string,
	eventId: string | null,
	channel: string,
	kind: Kind,
	agency: string,
	offered: ServiceRow[],
	village: Village,
	day: number,
	s: number
): string {
	const { rng } = ctx;
	let service: ServiceRow | null = null;
	if (kind === 'service') {
		// The first service of a stand is the busiest (KTP-el, PKH, …).
		const k = Math.floor(offered.length * rng.next() ** 1.8);
		service = offered[k]!;
	}
	const atDesk = channel === 'event' || channel === 'office';
	let status: string;
	let resolved: string | null = null;
	let delay = 0;
	const r = rng.next();
	const onSite = !atDesk
		? kind === 'information'
			? 0.5
			: kind === 'question'
				? 0.35
				: 0
		: kind === 'service'
			? 0.74
			: kind === 'information'
				? 0.9
				: kind === 'question'
					? 0.7
					: 0.3;
	const rejected = kind === 'service' ? 0.04 : kind === 'complaint' ? 0.02 : 0;
	if (r < onSite) {
		status = atDesk ? 'resolved_on_site' : 'resolved';
		resolved = isoDateTime(day, Math.min(86_399, s + rng.int(5, 90) * 60));
	} else if (r < onSite + rejected) {
		status = 'rejected';
	} else {
		const unanswered = UNANSWERING_AGENCIES[agency];
		const p =
			unanswered === undefined
				? kind === 'service'
					? 0.002
					: 0.01
				: kind === 'service'
					? unanswered / 2
					: unanswered;
		const q = rng.next();
		if (q < p) status = 'unanswered';
		else if (q < p + 0.04) status = 'forwarded';
		else if (q < p + 0.07) status = 'in_progress';
		else {
			delay = 1 + Math.floor(39 * rng.next() ** 2.5);
			const done = day + delay;
			if (done >= DAYS) status = DAYS - day <= 7 ? 'forwarded' : 'in_progress';
			else {
				status = 'resolved';
				resolved = isoDateTime(done, 8 * 3600 + rng.int(0, 8 * 3600));
			}
		}
	}
	let delivery = '';
	if (service && status !== 'rejected' && status !== 'unanswered') {
		if (service.code.endsWith('-ANTAR_DOKUMEN')) delivery = 'post';
		else if (program === 'bunga_kampung' && service.category === 'adminduk' && rng.chance(0.55))
			delivery = 'post';
		else if (status === 'resolved_on_site') delivery = 'on_site';
		else delivery = rng.chance(0.7) ? 'pickup' : 'post';
	}
	let satisfaction = '';
	if (rng.chance(0.4)) {
		const mean = {
			resolved_on_site: 4.3,
			resolved: 3.9 - delay * 0.02,
			in_progress: 3,
			forwarded: 2.8,
			unanswered: 1.9,
			rejected: 2.3
		}[status]!;
		satisfaction = String(Math.min(5, Math.max(1, Math.round(rng.normal(mean, 0.7)))));
	}
	return `${program},${eventId ?? ''},${channel},${kind},${agency},${service?.code ?? ''},${village.code},${isoDateTime(day, s)},${status},${resolved ?? ''},${delivery},${satisfaction}`;
}
