import { dayIndex, DAYS, isoDay, yearOf } from './calendar';
import type { DemoEvent } from './events';
import { PENGASINAN, UNANSWERED_PROPOSALS_DISTRICT } from './plants';
import type { Geography } from './regions';
import { Rng, Weighted } from './rng';

/** A row of `proposals`, in contract column order. */
export type ProposalRow = [
	proposal_id: string,
	program: string,
	source: string,
	event_id: string | null,
	village_code: string,
	rt: string | null,
	rw: string | null,
	plan_year: number,
	category: string,
	title: string,
	estimated_cost: number,
	submitted_at: string,
	stage: string,
	answered: boolean,
	agency_code: string | null,
	updated_at: string
];

const CATEGORIES = new Weighted([
	['infrastruktur', 45],
	['lingkungan', 15],
	['kesehatan', 10],
	['pendidikan', 10],
	['ekonomi', 10],
	['sosial', 10]
] as const);

const TITLES: Record<string, string[]> = {
	infrastruktur: [
		'Perbaikan jalan lingkungan RW {rw}',
		'Pembangunan saluran drainase RT {rt}/RW {rw}',
		'Pengaspalan gang RT {rt}/RW {rw}',
		'Perbaikan turap kali RW {rw}',
		'Penerangan jalan umum RW {rw}',
		'Paving blok jalan RT {rt}'
	],
	lingkungan: [
		'Tong sampah terpilah RW {rw}',
		'Sumur resapan dan penghijauan RW {rw}',
		'Bank sampah RW {rw}'
	],
	kesehatan: [
		'Klinik Siaga Kesehatan 24 jam',
		'Alat kesehatan posyandu RW {rw}',
		'Makanan tambahan balita RW {rw}'
	],
	pendidikan: ['Satu laptop satu RW (RW {rw})', 'Rehab gedung PAUD RW {rw}', 'Taman baca RW {rw}'],
	ekonomi: [
		'Pelatihan UMKM warga RW {rw}',
		'Gerobak usaha pedagang kaki lima RW {rw}',
		'Pelatihan pemasaran daring RW {rw}'
	],
	sosial: [
		'Sarana olahraga karang taruna RW {rw}',
		'Server data warga kelurahan (disabilitas, warga miskin)',
		'Kegiatan lansia RW {rw}'
	]
};
const UR_TITLES: Record<string, string[]> = {
	infrastruktur: [
		'Perbaikan jalan desa',
		'Paving jalan dusun',
		'Perbaikan jembatan desa',
		'Saluran irigasi tersier'
	],
	lingkungan: ['Tempat pembuangan sampah desa', 'Penghijauan bantaran sungai'],
	kesehatan: ['Ambulans desa', 'Posyandu lansia'],
	pendidikan: ['Rehab gedung TK desa', 'Perpustakaan desa'],
	ekonomi: ['Pelatihan UMKM desa', 'Pasar desa', 'Bantuan bibit dan pupuk'],
	sosial: ['Balai pertemuan dusun', 'Sarana olahraga pemuda']
};
const AGENCY_OF: Record<string, string> = {
	infrastruktur: 'DPUPR',
	lingkungan: 'DLH',
	kesehatan: 'DINKES',
	pendidikan: 'DISDIK',
	ekonomi: 'DISKOPUKM',
	sosial: 'DINSOS'
};
const PAS_AGENCY_OF: Record<string, string> = {
	...AGENCY_OF,
	lingkungan: 'DPUPR',
	ekonomi: 'DISPERINDAG'
};

/** Stages in order, with the chance of passing on to the next one. */
const CHAIN = [
	'submitted',
	'verified',
	'kecamatan',
	'city_forum',
	'rkpd',
	'funded',
	'implemented'
] as const;
const PASS_MR = [0.85, 0.75, 0.65, 0.7, 0.75, 0.8];
const PASS_UR = [0.6, 0.5, 0.5, 0.5, 0.6, 0.7];

/** Musrenbang calendar: the earliest day each later stage can be reached, for plan year `y`. */
function musrenbangDates(y: number, rng: Rng, submitted: number): number[] {
	const d = (iso: string, spread: number) => dayIndex(iso) + rng.int(0, spread);
	return [
		submitted + rng.int(7, 30),
		d(`${y - 1}-02-15`, 25),
		d(`${y - 1}-03-20`, 30),
		d(`${y - 1}-06-01`, 29),
		d(`${y - 1}-12-01`, 19),
		d(`${y}-03-01`, 270)
	];
}

function urunRembugDates(rng: Rng, submitted: number): number[] {
	const out: number[] = [];
	let day = submitted;
	for (let i = 0; i < 6; i++) out.push((day += rng.int(20, 90)));
	return out;
}

function progressStage(
	rng: Rng,
	pass: number[],
	dates: number[],
	submitted: number
): { stage: string; updated: number } {
	let stage: string = 'submitted';
	let updated = submitted;
	for (let i = 0; i < pass.length; i++) {
		const when = dates[i]!;
		if (when >= DAYS) break;
		if (rng.chance(pass[i]!)) {
			stage = CHAIN[i + 1]!;
			updated = when;
		} else {
			if (rng.chance(0.4)) {
				stage = 'rejected';
				updated = when;
			}
			break;
		}
	}
	return { stage, updated };
}

function pad3(n: number): string {
	return String(n).padStart(3, '0');
}

function cost(rng: Rng, category: string): number {
	const [lo, hi] = category === 'infrastruktur' ? [50, 500] : [5, 150];
	return Math.round((lo + (hi - lo) * rng.next() ** 2) * 2) * 500_000;
}

function answered(rng: Rng, stage: string, district: string): boolean {
	let p =
		stage === 'rejected' ? 0.55 : ['rkpd', 'funded', 'implemented'].includes(stage) ? 0.9 : 0.35;
	if (district === UNANSWERED_PROPOSALS_DISTRICT) p *= 0.25;
	return rng.chance(p);
}

/** Musrenbang RT/RW proposals (Kota Bekasi) and urun rembug proposals (Kenduren Mas). */
export function buildProposals(
	geo: Geography,
	events: DemoEvent[],
	seed: string | number
): ProposalRow[] {
	const rng = new Rng(`${seed}:proposals`);
	const structure = new Rng('kelurahan-size');
	const size = new Map<string, { base: number; rws: number }>();
	for (const d of geo.byRegency.get('32.75')!)
		for (const v of d.villages)
			size.set(v.code, { base: structure.int(80, 300), rws: structure.int(8, 30) });
	const rows: ProposalRow[] = [];
	const seq = new Map<string, number>();
	const nextId = (prefix: string, year: number, village: string) => {
		const key = `${prefix}-${year}-${village.replaceAll('.', '')}`;
		const n = (seq.get(key) ?? 0) + 1;
		seq.set(key, n);
		return `${key}-${String(n).padStart(4, '0')}`;
	};

	for (const e of events) {
		if (e.program === 'musrenbang') {
			const v = e.village;
			const { base, rws } = size.get(v.code)!;
			const n = v.code === PENGASINAN ? rng.int(315, 345) : Math.round(base * rng.normal(1, 0.1));
			const planYear = yearOf(e.day) + 1;
			const draft: { day: number; row: ProposalRow }[] = [];
			for (let i = 0; i < n; i++) {
				const atForum = e.status === 'held' && rng.chance(0.6);
				const submitted = atForum
					? e.day
					: e.day - rng.int(Math.min(1, e.day), Math.min(30, e.day));
				const category = CATEGORIES.draw(rng);
				const rw = pad3(rng.int(1, rws));
				const rt = pad3(rng.int(1, 15));
				const title = rng.pick(TITLES[category]!).replace('{rw}', rw.slice(1)).replace('{rt}', rt);
				const { stage, updated } = progressStage(
					rng,
					PASS_MR,
					musrenbangDates(planYear, rng, submitted),
					submitted
				);
				const agency = stage === 'submitted' ? null : `BKS-${AGENCY_OF[category]}`;
				const fromRt = rng.chance(0.7);
				draft.push({
					day: submitted,
					row: [
						'',
						'musrenbang',
						'musrenbang',
						atForum ? e.id : null,
						v.code,
						fromRt ? rt : null,
						rw,
						planYear,
						category,
						title,
						cost(rng, category),
						isoDay(submitted),
						stage,
						answered(rng, stage, v.district),
						agency,
						isoDay(updated)
					]
				});
			}
			draft.sort((a, b) => a.day - b.day);
			for (const d of draft) {
				d.row[0] = nextId('MR', yearOf(d.day), v.code);
				rows.push(d.row);
			}
		} else if (e.program === 'kenduren_mas' && e.status === 'held') {
			// Urun rembug: few citizens bring proposals (the 2019 evaluation's complaint).
			const n = Math.floor(rng.next() ** 1.5 * 5);
			for (let i = 0; i < n; i++) {
				const category = CATEGORIES.draw(rng);
				const { stage, updated } = progressStage(rng, PASS_UR, urunRembugDates(rng, e.day), e.day);
				const agency = stage === 'submitted' ? null : `PAS-${PAS_AGENCY_OF[category]}`;
				rows.push([
					nextId('UR', yearOf(e.day), e.village.code),
					'kenduren_mas',
					'urun_rembug',
					e.id,
					e.village.code,
					null,
					null,
					yearOf(e.day) + 1,
					category,
					rng.pick(UR_TITLES[category]!),
					cost(rng, category),
					isoDay(e.day),
					stage,
					answered(rng, stage, e.district),
					agency,
					isoDay(updated)
				]);
			}
		}
	}
	return rows;
}
