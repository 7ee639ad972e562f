import {
	agencyCode,
	BUNGA_KAMPUNG_AGENCIES,
	EVENT_PREFIX,
	GEMPUNGAN_AGENCIES,
	KENDUREN_MAS_AGENCIES,
	MUSRENBANG_AGENCIES
} from './catalog';
import { dayIndex, DAYS, isoDay, progress, weekday, yearOf } from './calendar';
import {
	CHRONIC_ABSENT,
	FALLING_TURNOUT_DISTRICTS,
	FALLING_TURNOUT_END,
	GEMPUNGAN_UNVISITED_DISTRICT,
	IMPROVING_AGENCY
} from './plants';
import type { District, Geography, Village } from './regions';
import { Rng } from './rng';

/** Attendance of one scheduled agency. */
export interface Attendance {
	agency: string;
	status: 'present' | 'late' | 'absent' | 'excused';
	staff: number | null;
}

/** A service day with everything the other tables need. */
export interface DemoEvent {
	id: string;
	program: string;
	regency: string;
	prefix: string;
	district: string;
	village: Village;
	venue: string;
	day: number;
	status: 'held' | 'cancelled' | 'postponed';
	visitors: number | null;
	/** Relative request volume (0 when not held). */
	weight: number;
	attendance: Attendance[];
}

/** Eid al-Fitr (first day) in the period: no service days in the week around it. */
const LEBARAN = ['2024-04-10', '2025-03-31', '2026-03-20'].map(dayIndex);

function isHoliday(day: number): boolean {
	return LEBARAN.some((l) => day >= l - 4 && day <= l + 5);
}

function hostPlace(v: Village, village: string): string {
	// Kemendagri: 1xxx is a kelurahan, 2xxx a desa (Lampung says "kampung").
	if (v.code.slice(-4).startsWith('1')) return `Kantor Kelurahan ${v.name}`;
	return `${village} ${v.name}`;
}

function usable(d: District): Village[] {
	return d.villages.filter((v) => !v.silent);
}

/** Builds every event and its attendance, sorted by date, with ids like `KM-2025-014`. */
export function buildEvents(geo: Geography, seed: string | number): DemoEvent[] {
	const rng = new Rng(`${seed}:events`);
	const out: DemoEvent[] = [];
	const add = (
		program: string,
		prefix: string,
		d: District,
		v: Village,
		venue: string,
		day: number,
		weight: number
	) =>
		out.push({
			id: '',
			program,
			regency: d.regency,
			prefix,
			district: d.code,
			village: v,
			venue,
			day,
			status: 'held',
			visitors: null,
			weight,
			attendance: []
		});

	// Kenduren Mas: two days (Tuesday afternoon with Gebyar UMKM, Wednesday services) every two weeks.
	const pas = geo.byRegency.get('35.14')!;
	const sumPop = (d: District) => d.villages.reduce((s, v) => s + v.population, 0);
	const avgPop = pas.reduce((s, d) => s + sumPop(d), 0) / pas.length;
	let order: District[] = [];
	for (let day = dayIndex('2024-01-09'); day + 1 < DAYS; day += 14) {
		if (isHoliday(day) || isHoliday(day + 1)) continue;
		if (order.length === 0) order = rng.shuffle(pas);
		const d = order.shift()!;
		const fall = FALLING_TURNOUT_DISTRICTS.includes(d.code)
			? FALLING_TURNOUT_END ** progress(day)
			: 1;
		// Bigger kecamatan draw more people (square root of population, relative to the average).
		const size = Math.sqrt(sumPop(d) / avgPop);
		add('kenduren_mas', 'PAS', d, d.seat, `Kantor Kecamatan ${d.name}`, day, 0.6 * fall * size);
		const others = usable(d).filter((v) => v !== d.seat);
		const v2 = others.length ? rng.pick(others) : d.seat;
		add('kenduren_mas', 'PAS', d, v2, hostPlace(v2, 'Balai Desa'), day + 1, fall * size);
	}

	// Gempungan: Tuesday, Thursday and Saturday, rotating through the villages it visits.
	const never = new Rng('gempungan-never');
	const pwk = geo.byRegency.get('32.14')!;
	const visitable = pwk
		.filter((d) => d.code !== GEMPUNGAN_UNVISITED_DISTRICT)
		.flatMap((d) => usable(d).filter((v) => v === d.seat || !never.chance(0.08)));
	let gpOrder: Village[] = [];
	for (let day = 0; day < DAYS; day++) {
		const wd = weekday(day);
		if ((wd !== 2 && wd !== 4 && wd !== 6) || isHoliday(day)) continue;
		if (gpOrder.length === 0) gpOrder = rng.shuffle(visitable);
		const v = gpOrder.shift()!;
		add('gempungan', 'PWK', geo.districts.get(v.district)!, v, hostPlace(v, 'Balai Desa'), day, 1);
	}

	// Bunga Kampung: the regent works from a kampung every Thursday and Friday.
	const ltgVillages = geo.byRegency.get('18.02')!.flatMap(usable);
	let bkOrder: Village[] = [];
	for (let day = 0; day + 1 < DAYS; day++) {
		if (weekday(day) !== 4 || isHoliday(day) || isHoliday(day + 1)) continue;
		if (bkOrder.length === 0) bkOrder = rng.shuffle(ltgVillages);
		const v = bkOrder.shift()!;
		const d = geo.districts.get(v.district)!;
		add('bunga_kampung', 'LTG', d, v, hostPlace(v, 'Balai Kampung'), day, 1);
		add('bunga_kampung', 'LTG', d, v, hostPlace(v, 'Balai Kampung'), day + 1, 1);
	}

	// Musrenbang: one forum per kelurahan per year, most on the same day in January.
	for (const year of [2024, 2025, 2026]) {
		const together = dayIndex(`${year}-01-${[18, 16, 15][year - 2024]}`);
		for (const d of geo.byRegency.get('32.75')!) {
			for (const v of d.villages) {
				let day = together;
				if (!rng.chance(0.7)) {
					do day = dayIndex(`${year}-01-08`) + rng.int(0, 37);
					while (weekday(day) === 0 || weekday(day) === 6);
				}
				add('musrenbang', 'BKS', d, v, `Kantor Kelurahan ${v.name}`, day, 1);
			}
		}
	}

	out.sort(
		(a, b) =>
			a.day - b.day ||
			(a.program < b.program ? -1 : a.program > b.program ? 1 : 0) ||
			(a.village.code < b.village.code ? -1 : 1)
	);
	const seq = new Map<string, number>();
	for (const e of out) {
		const key = `${EVENT_PREFIX[e.program]}-${yearOf(e.day)}`;
		const n = (seq.get(key) ?? 0) + 1;
		seq.set(key, n);
		e.id = `${key}-${String(n).padStart(3, '0')}`;
		const r = rng.next();
		if (r < 0.025) e.status = 'cancelled';
		else if (r < 0.04) e.status = 'postponed';
		if (e.status !== 'held') {
			e.weight = 0;
			continue;
		}
		e.weight *= Math.exp(rng.normal(0, 0.15));
		e.attendance = attend(e, rng);
	}
	return out;
}

function scheduled(program: string): string[] {
	if (program === 'kenduren_mas') return KENDUREN_MAS_AGENCIES;
	if (program === 'gempungan') return GEMPUNGAN_AGENCIES;
	if (program === 'bunga_kampung') return BUNGA_KAMPUNG_AGENCIES;
	return MUSRENBANG_AGENCIES;
}

function attend(e: DemoEvent, rng: Rng): Attendance[] {
	return scheduled(e.program).map((key) => {
		const agency = agencyCode(e.prefix, key);
		let absent = 0.04;
		if (agency in CHRONIC_ABSENT) absent = CHRONIC_ABSENT[agency]!;
		else if (agency === IMPROVING_AGENCY.code)
			absent =
				IMPROVING_AGENCY.from + (IMPROVING_AGENCY.to - IMPROVING_AGENCY.from) * progress(e.day);
		const r = rng.next();
		if (r < absent) return { agency, status: 'absent', staff: null };
		if (r < absent + 0.03) return { agency, status: 'excused', staff: null };
		const big = key === 'DISDUKCAPIL' || key === 'DINSOS' ? 3 : 0;
		if (r < absent + 0.15) return { agency, status: 'late', staff: rng.int(1, 3 + big) };
		return { agency, status: 'present', staff: rng.int(2, 5 + big) };
	});
}

/** ISO date of an event (for CSV output). */
export function eventDate(e: DemoEvent): string {
	return isoDay(e.day);
}
