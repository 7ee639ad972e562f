/**
 * The patterns planted in the demo data, so the dashboard has something to find. They are fixed
 * (the same for every seed); data/README.md lists them from `plantedPatterns`.
 */

/** Kenduren Mas agencies that are chronically absent: code → share of events absent. */
export const CHRONIC_ABSENT: Record<string, number> = { 'PAS-DISPUSIP': 0.45, 'PAS-BPBD': 0.35 };
/** Kenduren Mas agency whose attendance improves: absent share from `from` (Jan 2024) to `to` (Nov 2026). */
export const IMPROVING_AGENCY = { code: 'PAS-DISNAKER', from: 0.55, to: 0.02 };
/** Agencies whose forwarded questions and complaints often stay unanswered: code → share. */
export const UNANSWERING_AGENCIES: Record<string, number> = {
	'PAS-DISPERTA': 0.5,
	'PAS-DISPERINDAG': 0.45
};
/** Kenduren Mas kecamatan whose turnout falls over the period (Puspo, Lumbang, Tosari). */
export const FALLING_TURNOUT_DISTRICTS = ['35.14.03', '35.14.04', '35.14.24'];
/** Share of requests a falling kecamatan keeps by the end of the period. */
export const FALLING_TURNOUT_END = 0.25;
/** Purwakarta kecamatan Gempungan never visits (Sukasari, around the Jatiluhur reservoir). */
export const GEMPUNGAN_UNVISITED_DISTRICT = '32.14.15';
/** Purwakarta kecamatan whose villages persistently receive less rice than targeted (Kiarapedes). */
export const RICE_SHORTFALL_DISTRICT = '32.14.17';
/** Bekasi kecamatan whose Musrenbang proposers rarely get an answer (Bantargebang). */
export const UNANSWERED_PROPOSALS_DISTRICT = '32.75.07';
/** The kelurahan the Musrenbang article counts about 330 proposals for (Pengasinan, Rawalumbu). */
export const PENGASINAN = '32.75.05.1002';

/** One planted pattern: what it is, the codes involved and a query that finds it. */
export interface PlantedPattern {
	title: string;
	codes: string[];
	detail: string;
}

/** The planted patterns, for data/README.md. */
export const plantedPatterns: PlantedPattern[] = [
	{
		title: 'Chronically absent agencies at Kenduren Mas',
		codes: Object.keys(CHRONIC_ABSENT),
		detail:
			"Dinas Perpustakaan dan Arsip is absent at about 45% of Kenduren Mas service days and BPBD at about 35%; the other agencies are absent at under 10% (median under 15%). Find it with `event_agencies` grouped by `agency_code`, share of `status = 'absent'`."
	},
	{
		title: 'An agency that improves',
		codes: [IMPROVING_AGENCY.code],
		detail:
			'Disnaker Pasuruan is absent at about 45% of the 2024 Kenduren Mas days and at under 15% in 2026 (absence share by year).'
	},
	{
		title: 'Questions that are never answered',
		codes: Object.keys(UNANSWERING_AGENCIES),
		detail:
			"Most requests with `status = 'unanswered'` in Kenduren Mas belong to Dinas Pertanian and Disperindag: about half of their forwarded questions and complaints stay unanswered, against about 1% elsewhere."
	},
	{
		title: 'Busiest stands',
		codes: ['PAS-DISDUKCAPIL', 'PAS-DINSOS'],
		detail:
			'Dispendukcapil (KTP-el, KK, akta) and Dinas Sosial (PKH, Rastra, BPNT) take the most Kenduren Mas requests, as in the article.'
	},
	{
		title: 'Falling turnout',
		codes: FALLING_TURNOUT_DISTRICTS,
		detail:
			'Kenduren Mas days in Puspo, Lumbang and Tosari draw ever fewer visitors and requests: by late 2026 about a quarter of their early-2024 level, while the other kecamatan stay flat (visitors per event against date).'
	},
	{
		title: 'Villages no request comes from',
		codes: [],
		detail:
			'About 4% of the villages of each regency (never a kecamatan seat, never an event host except a Musrenbang forum) never appear as `citizen_village_code`: `regions` villages with no row in `requests`.'
	},
	{
		title: 'Low participation in urun rembug',
		codes: ['kenduren_mas'],
		detail:
			"Kenduren Mas collects only a few development proposals (`source = 'urun_rembug'`) per service day, under 3 on average, against hundreds of service requests; few reach the RKPD."
	},
	{
		title: 'A kecamatan Gempungan never visits',
		codes: [GEMPUNGAN_UNVISITED_DISTRICT],
		detail:
			'No Gempungan event is held in Kecamatan Sukasari; about 8% of the other Purwakarta villages are never visited either.'
	},
	{
		title: 'Rice aid below target',
		codes: [RICE_SHORTFALL_DISTRICT],
		detail:
			"Rice aid (`aid_program = 'beras'`) is about 36 t a month across Purwakarta (10 kg per household). The villages of Kecamatan Kiarapedes get 55–75% of their target recipients every month; elsewhere 88–100%."
	},
	{
		title: 'Post delivery in Lampung Tengah',
		codes: ['LTG-DISDUKCAPIL', 'LTG-POS'],
		detail:
			"About half of the civil-registration documents of Bunga Kampung are delivered by post (`delivery = 'post'`); complaints reach the regent through the hotline and WhatsApp (no `event_id`)."
	},
	{
		title: 'Musrenbang funnel',
		codes: [PENGASINAN],
		detail:
			'Each Bekasi kelurahan holds one forum a year (January–February) for the next plan year; Pengasinan collects about 330 RT/RW proposals a year. Proposals thin out from submitted to implemented; many are rejected or stuck, and plan year 2027 has not got past the RKPD yet.'
	},
	{
		title: 'Unanswered proposers',
		codes: [UNANSWERED_PROPOSALS_DISTRICT],
		detail:
			'In Kecamatan Bantargebang few proposers get an answer (`answered = false` for about 85%), against about 45% elsewhere.'
	},
	{
		title: 'Cancelled and postponed days',
		codes: [],
		detail:
			'About 4% of events are cancelled or postponed; they have no visitors, no requests and no attendance rows.'
	}
];
