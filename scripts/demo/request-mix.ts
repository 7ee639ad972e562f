import { Weighted } from './rng';

/** How each program's requests split: share of all requests and the share made at events. */
export const PROGRAM_MIX: Record<
	string,
	{ share: number; atEvents: number; prefix: string; regency: string }
> = {
	kenduren_mas: { share: 0.32, atEvents: 0.9, prefix: 'PAS', regency: '35.14' },
	gempungan: { share: 0.33, atEvents: 0.9, prefix: 'PWK', regency: '32.14' },
	bunga_kampung: { share: 0.33, atEvents: 0.75, prefix: 'LTG', regency: '18.02' },
	musrenbang: { share: 0.02, atEvents: 0.3, prefix: 'BKS', regency: '32.75' }
};

/** Relative request volume of each agency's stand (by template key); others weigh 2. */
export const STAND_WEIGHT: Record<string, number> = {
	DISDUKCAPIL: 30,
	DINSOS: 20,
	POLRES: 12,
	BAPENDA: 10,
	BPJS_KES: 8,
	DINKES: 8,
	DPMPTSP: 6,
	DPPKB: 5,
	PMI: 3,
	POS: 3,
	DPUPR: 3,
	BAPPEDA: 40,
	DISPUSIP: 1.5,
	BPBD: 1,
	DISKOMINFO: 1
};
/** Relative volume of each agency in complaints and questions outside events. */
export const REMOTE_WEIGHT: Record<string, number> = {
	DPUPR: 25,
	DISDUKCAPIL: 20,
	DINSOS: 20,
	DINKES: 10,
	BAPENDA: 8,
	DISDIK: 7,
	BAPPEDA: 20,
	POLRES: 5,
	BPJS_KES: 6
};
export const CHANNELS: Record<string, Weighted<string>> = {
	kenduren_mas: new Weighted([
		['whatsapp', 40],
		['hotline', 20],
		['lapor', 20],
		['office', 20]
	]),
	gempungan: new Weighted([
		['whatsapp', 50],
		['office', 30],
		['lapor', 20]
	]),
	bunga_kampung: new Weighted([
		['hotline', 55],
		['whatsapp', 35],
		['lapor', 10]
	]),
	musrenbang: new Weighted([
		['lapor', 60],
		['hotline', 20],
		['office', 20]
	])
};

export type Kind = 'service' | 'complaint' | 'question' | 'information';
export const STAND_KINDS = new Weighted<Kind>([
	['service', 72],
	['question', 13],
	['information', 10],
	['complaint', 5]
]);
export const NO_SERVICE_KINDS = new Weighted<Kind>([
	['complaint', 45],
	['question', 35],
	['information', 20]
]);
export const REMOTE_KINDS = new Weighted<Kind>([
	['complaint', 40],
	['question', 30],
	['information', 15],
	['service', 15]
]);
export const HOTLINE_KINDS = new Weighted<Kind>([
	['complaint', 55],
	['question', 30],
	['information', 15]
]);
