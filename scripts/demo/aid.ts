import { dayIndex, DAYS, isoDay, monthOf, weekday } from './calendar';
import type { DemoEvent } from './events';
import { RICE_SHORTFALL_DISTRICT } from './plants';
import type { Geography } from './regions';
import { Rng } from './rng';

/** Rice handed out across Purwakarta each month, kg (the article: 36 tonnes). */
export const RICE_KG_PER_MONTH = 36_000;
/** Rice per receiving household, kg. */
const RICE_KG_PER_HOUSEHOLD = 10;
/** Milk packages handed out across Purwakarta each month ("puluhan ribu paket"). */
const MILK_PACKAGES_PER_MONTH = 30_000;
/** Milk packages per receiving household. */
const MILK_PER_HOUSEHOLD = 6;

/** A row of `aid_distributions`, in contract column order. */
export type AidRow = [
	distribution_id: string,
	program: string,
	aid_program: string,
	event_id: string | null,
	date: string,
	village_code: string,
	commodity: string,
	quantity: number,
	unit: string,
	recipients: number,
	target_recipients: number
];

/**
 * Monthly rice and milk aid for every Purwakarta village. Handed out at the village's Gempungan
 * day when it has one that month, else on a weekday around the 10th.
 */
export function buildAid(geo: Geography, events: DemoEvent[], seed: string | number): AidRow[] {
	const rng = new Rng(`${seed}:aid`);
	const villages = geo.byRegency.get('32.14')!.flatMap((d) => d.villages);
	const households = villages.reduce((s, v) => s + v.households, 0);
	// Average realisation is about 0.93 of target; scale targets so deliveries meet the monthly totals.
	const riceRate = RICE_KG_PER_MONTH / RICE_KG_PER_HOUSEHOLD / 0.93 / households;
	const milkRate = MILK_PACKAGES_PER_MONTH / MILK_PER_HOUSEHOLD / 0.95 / households;
	const gpDay = new Map<string, DemoEvent>();
	for (const e of events)
		if (e.program === 'gempungan' && e.status === 'held')
			gpDay.set(`${e.village.code}|${monthOf(e.day)}`, e);

	const tmp: { day: number; row: AidRow }[] = [];
	for (let m = 0; ; m++) {
		const first = dayIndex(
			`${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`
		);
		if (first >= DAYS) break;
		for (const v of villages) {
			const e = gpDay.get(`${v.code}|${monthOf(first)}`);
			let day = e?.day ?? first + rng.int(7, 14);
			while (!e && (weekday(day) === 0 || weekday(day) === 6)) day++;
			day = Math.min(day, DAYS - 1);
			const short = v.district === RICE_SHORTFALL_DISTRICT;
			const riceTarget = Math.max(1, Math.round(v.households * riceRate * rng.normal(1, 0.05)));
			const riceGot = Math.round(
				riceTarget * (short ? 0.55 + rng.next() * 0.2 : 0.88 + rng.next() * 0.12)
			);
			const milkTarget = Math.max(1, Math.round(v.households * milkRate * rng.normal(1, 0.05)));
			const milkGot = Math.round(milkTarget * (0.9 + rng.next() * 0.1));
			const eid = e?.id ?? null;
			tmp.push({
				day,
				row: [
					'',
					'gempungan',
					'beras',
					eid,
					isoDay(day),
					v.code,
					'beras',
					riceGot * RICE_KG_PER_HOUSEHOLD,
					'kg',
					riceGot,
					riceTarget
				]
			});
			tmp.push({
				day,
				row: [
					'',
					'gempungan',
					'susu',
					eid,
					isoDay(day),
					v.code,
					'susu',
					milkGot * MILK_PER_HOUSEHOLD,
					'paket',
					milkGot,
					milkTarget
				]
			});
		}
	}
	tmp.sort(
		(a, b) =>
			a.day - b.day ||
			(a.row[5] < b.row[5] ? -1 : a.row[5] > b.row[5] ? 1 : a.row[2] < b.row[2] ? -1 : 1)
	);
	const seq = new Map<string, number>();
	return tmp.map(({ row }) => {
		const y = row[4].slice(0, 4);
		const n = (seq.get(y) ?? 0) + 1;
		seq.set(y, n);
		row[0] = `AID-${y}-${String(n).padStart(5, '0')}`;
		return row;
	});
}
