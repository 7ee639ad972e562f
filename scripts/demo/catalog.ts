/** Programs, agencies and services of the demo data (fixed: they do not depend on the seed). */

/** A row of `programs`. */
export interface ProgramRow {
	code: string;
	name: string;
	regency_code: string;
	description: string;
}

/** The four programs, one per regency. */
export const PROGRAMS: ProgramRow[] = [
	{
		code: 'kenduren_mas',
		name: 'Kenduren Mas',
		regency_code: '35.14',
		description:
			'Kendaraan Urun Rembug Masyarakat: mobil layanan 14 OPD keliling 24 kecamatan, dua hari tiap dua minggu'
	},
	{
		code: 'gempungan',
		name: 'Gempungan',
		regency_code: '32.14',
		description:
			'Gempungan di Buruan Orang Lembur: hari layanan desa dengan 11 layanan utama, bantuan beras dan susu'
	},
	{
		code: 'bunga_kampung',
		name: 'Bunga Kampung',
		regency_code: '18.02',
		description:
			'Bupati Ngantor di Kampung: Kamis–Jumat di kampung bersama semua OPD, Polres, BPJS dan PT Pos'
	},
	{
		code: 'musrenbang',
		name: 'Musrenbang',
		regency_code: '32.75',
		description:
			'Musyawarah perencanaan pembangunan kelurahan: usulan RT/RW untuk RKPD tahun berikutnya'
	}
];

/** Event id prefix of each program (`KM-2025-014`). */
export const EVENT_PREFIX: Record<string, string> = {
	kenduren_mas: 'KM',
	gempungan: 'GP',
	bunga_kampung: 'BK',
	musrenbang: 'MR'
};

/** A service an agency offers: code suffix, name, category, paid. */
type ServiceSpec = [key: string, name: string, category: string, paid: boolean];

/** An agency template: key, full name, short name, kind, services. */
interface AgencySpec {
	key: string;
	name: string;
	short: string;
	kind: 'opd' | 'vertical' | 'bumn' | 'other';
	services: ServiceSpec[];
}

const A: Record<string, AgencySpec> = {};
function agency(
	key: string,
	name: string,
	short: string,
	kind: AgencySpec['kind'],
	services: ServiceSpec[] = []
) {
	A[key] = { key, name, short, kind, services };
}

agency('DISDUKCAPIL', 'Dinas Kependudukan dan Catatan Sipil', 'Disdukcapil', 'opd', [
	['KTP_EL', 'Perekaman dan cetak KTP-el', 'adminduk', false],
	['KK', 'Penerbitan Kartu Keluarga', 'adminduk', false],
	['AKTA_LAHIR', 'Akta kelahiran', 'adminduk', false],
	['AKTA_MATI', 'Akta kematian', 'adminduk', false],
	['KIA', 'Kartu Identitas Anak', 'adminduk', false],
	['PINDAH', 'Surat keterangan pindah', 'adminduk', false]
]);
agency('DINSOS', 'Dinas Sosial', 'Dinsos', 'opd', [
	['PKH', 'Informasi dan pendaftaran PKH', 'bansos', false],
	['BPNT', 'Bantuan Pangan Non Tunai (BPNT)', 'bansos', false],
	['DTKS', 'Usulan dan pemutakhiran DTKS', 'bansos', false],
	['SKTM', 'Surat keterangan tidak mampu', 'bansos', false]
]);
agency('DISNAKER', 'Dinas Tenaga Kerja', 'Disnaker', 'opd', [
	['AK1', 'Kartu pencari kerja (AK/1)', 'ketenagakerjaan', false]
]);
agency('DISPUSIP', 'Dinas Perpustakaan dan Arsip', 'Dispusip', 'opd', [
	['PERPUS', 'Perpustakaan keliling', 'pendidikan', false]
]);
agency('DISNAKKP', 'Dinas Peternakan dan Ketahanan Pangan', 'Disnak KP', 'opd', [
	['VAKSIN_TERNAK', 'Vaksinasi dan pemeriksaan ternak', 'pertanian', false],
	['PANGAN_MURAH', 'Pasar pangan murah', 'pertanian', true]
]);
agency('DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'Diskominfo', 'opd', [
	['INFO_PUBLIK', 'Layanan informasi publik', 'informasi', false]
]);
agency('DISPERTA', 'Dinas Pertanian', 'Disperta', 'opd', [
	['KARTU_TANI', 'Pendaftaran kartu tani', 'pertanian', false],
	['PUPUK', 'Informasi pupuk bersubsidi', 'pertanian', false]
]);
agency('BPBD', 'Badan Penanggulangan Bencana Daerah', 'BPBD', 'opd', [
	['SIAGA_BENCANA', 'Sosialisasi siaga bencana', 'informasi', false]
]);
agency('DPPKB', 'Dinas Keluarga Berencana dan Pemberdayaan Perempuan', 'Dinas KB dan PP', 'opd', [
	['KB', 'Pelayanan KB gratis', 'kesehatan', false],
	['KONSELING', 'Konseling keluarga dan perlindungan perempuan', 'sosial', false]
]);
agency('DINKES', 'Dinas Kesehatan', 'Dinkes', 'opd', [
	['CEK_KESEHATAN', 'Pemeriksaan kesehatan gratis', 'kesehatan', false],
	['IMUNISASI', 'Imunisasi anak', 'kesehatan', false]
]);
agency('DISPERINDAG', 'Dinas Perindustrian dan Perdagangan', 'Disperindag', 'opd', [
	['TERA', 'Tera ulang timbangan', 'perizinan', true]
]);
agency('DISDIK', 'Dinas Pendidikan', 'Disdik', 'opd', [
	['LEGALISIR', 'Legalisir ijazah', 'pendidikan', false],
	['KIP', 'Informasi Kartu Indonesia Pintar', 'pendidikan', false]
]);
agency('DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP', 'opd', [
	['NIB', 'Izin usaha (NIB) lewat OSS', 'perizinan', false],
	['PBG', 'Persetujuan bangunan gedung (PBG)', 'perizinan', true]
]);
agency('PMI', 'Palang Merah Indonesia', 'PMI', 'other', [
	['DONOR', 'Donor darah', 'kesehatan', false]
]);
agency('POLRES', 'Kepolisian Resor', 'Polres', 'vertical', [
	['SIM_BARU', 'Pembuatan SIM baru', 'sim', true],
	['SIM_PANJANG', 'Perpanjangan SIM', 'sim', true]
]);
agency('BPJS_KES', 'BPJS Kesehatan', 'BPJS Kesehatan', 'bumn', [
	['JKN_DAFTAR', 'Pendaftaran peserta JKN', 'jaminan_sosial', false],
	['JKN_UBAH', 'Perubahan data peserta JKN', 'jaminan_sosial', false]
]);
agency('POS', 'PT Pos Indonesia', 'PT Pos', 'bumn', [
	['ANTAR_DOKUMEN', 'Pengantaran dokumen ke rumah', 'pengantaran', false]
]);
agency('BAPENDA', 'Badan Pendapatan Daerah', 'Bapenda', 'opd', [
	['PBB', 'Pembayaran PBB-P2', 'pajak', true],
	['PAJAK_INFO', 'Informasi dan keberatan pajak daerah', 'pajak', false]
]);
agency('DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'DPUPR', 'opd');
agency('BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'Bappeda', 'opd');
agency('DLH', 'Dinas Lingkungan Hidup', 'DLH', 'opd', [
	['SAMPAH', 'Layanan pengangkutan sampah', 'lingkungan', true]
]);
agency('DISKOPUKM', 'Dinas Koperasi dan Usaha Mikro', 'Diskop UKM', 'opd', [
	['PELATIHAN_UMKM', 'Pendaftaran pelatihan UMKM', 'ekonomi', false]
]);

/** The 14 OPD (and PMI) of Kenduren Mas, in the order of the article. */
export const KENDUREN_MAS_AGENCIES = [
	'DISDUKCAPIL',
	'DISNAKER',
	'DISPUSIP',
	'DINSOS',
	'DISNAKKP',
	'DISKOMINFO',
	'DISPERTA',
	'BPBD',
	'DPPKB',
	'DINKES',
	'DISPERINDAG',
	'DISDIK',
	'DPMPTSP',
	'PMI'
];
/** Agencies at a Gempungan day (the 11 core services come from these). */
export const GEMPUNGAN_AGENCIES = [
	'DISDUKCAPIL',
	'DINSOS',
	'DINKES',
	'DPMPTSP',
	'BAPENDA',
	'BPJS_KES',
	'DISNAKER',
	'DPPKB',
	'DISDIK'
];
/** Agencies that come to a Bunga Kampung day: the OPD plus Polres, BPJS and PT Pos. */
export const BUNGA_KAMPUNG_AGENCIES = [
	'DISDUKCAPIL',
	'DINSOS',
	'DINKES',
	'DPMPTSP',
	'BAPENDA',
	'DISDIK',
	'DISPERTA',
	'DISKOPUKM',
	'DPUPR',
	'DISNAKER',
	'DPPKB',
	'DISKOMINFO',
	'POLRES',
	'BPJS_KES',
	'POS'
];
/** Agencies at a Musrenbang kelurahan forum. */
export const MUSRENBANG_AGENCIES = ['BAPPEDA', 'DPUPR', 'DISDUKCAPIL'];

/** Agencies of each regency (keys); every regency also has agencies that never go to events. */
const REGENCY_AGENCIES: Record<string, string[]> = {
	PAS: [...KENDUREN_MAS_AGENCIES, 'POLRES', 'BPJS_KES', 'POS', 'BAPENDA', 'DPUPR', 'BAPPEDA'],
	PWK: [...GEMPUNGAN_AGENCIES, 'POLRES', 'DISPERTA', 'DPUPR', 'BAPPEDA'],
	LTG: [...BUNGA_KAMPUNG_AGENCIES, 'BAPPEDA'],
	BKS: [
		'BAPPEDA',
		'DPUPR',
		'DISDUKCAPIL',
		'DINSOS',
		'DINKES',
		'DISDIK',
		'DLH',
		'DISKOPUKM',
		'BPJS_KES'
	]
};

/** Services a regency does not offer (keeps each regency at about 20 services). */
const EXCLUDED_SERVICES: Record<string, string[]> = {
	PAS: [
		'SIM_BARU',
		'JKN_UBAH',
		'ANTAR_DOKUMEN',
		'PAJAK_INFO',
		'PBG',
		'PINDAH',
		'IMUNISASI',
		'SKTM',
		'PUPUK',
		'KONSELING',
		'PANGAN_MURAH'
	],
	PWK: ['SIM_BARU', 'PUPUK', 'SKTM', 'KONSELING', 'KIP', 'IMUNISASI', 'AKTA_MATI'],
	LTG: ['JKN_UBAH', 'PUPUK', 'KONSELING', 'IMUNISASI', 'SKTM', 'AKTA_MATI', 'PAJAK_INFO'],
	BKS: []
};

/** Services only one regency has. */
const EXTRA_SERVICES: Record<string, [agencyKey: string, ServiceSpec][]> = {
	PAS: [['DINSOS', ['RASTRA', 'Informasi Rastra (beras sejahtera)', 'bansos', false]]]
};

/** Services Gempungan offers (its "11 layanan utama"). */
export const GEMPUNGAN_SERVICES = [
	'KTP_EL',
	'KK',
	'AKTA_LAHIR',
	'KIA',
	'DTKS',
	'CEK_KESEHATAN',
	'NIB',
	'PBB',
	'JKN_DAFTAR',
	'AK1',
	'KB'
];

/** Regency-specific names (Pasuruan says Dispendukcapil; Pasuruan's Dinkes includes RSUD Bangil). */
const NAME_OVERRIDES: Record<string, Partial<Pick<AgencySpec, 'name' | 'short'>>> = {
	'PAS-DISDUKCAPIL': { name: 'Dinas Kependudukan dan Catatan Sipil', short: 'Dispendukcapil' },
	'PAS-DINKES': { name: 'Dinas Kesehatan dan RSUD Bangil', short: 'Dinkes / RSUD Bangil' },
	'PAS-POLRES': { name: 'Kepolisian Resor Pasuruan', short: 'Polres Pasuruan' },
	'PWK-POLRES': { name: 'Kepolisian Resor Purwakarta', short: 'Polres Purwakarta' },
	'LTG-POLRES': { name: 'Kepolisian Resor Lampung Tengah', short: 'Polres Lampung Tengah' },
	'BKS-DPUPR': { name: 'Dinas Bina Marga dan Sumber Daya Air', short: 'DBMSDA' }
};

/** A row of `agencies`. */
export interface AgencyRow {
	code: string;
	name: string;
	short_name: string;
	kind: AgencySpec['kind'];
}

/** A row of `services`. */
export interface ServiceRow {
	code: string;
	name: string;
	agency_code: string;
	category: string;
	paid: boolean;
}

/** Agency code of a template key in a regency: `agencyCode('PAS', 'DINSOS')` → `PAS-DINSOS`. */
export function agencyCode(prefix: string, key: string): string {
	return `${prefix}-${key}`;
}

/** All agencies and services of the demo, codes prefixed by regency. */
export function buildCatalog(): { agencies: AgencyRow[]; services: ServiceRow[] } {
	const agencies: AgencyRow[] = [];
	const services: ServiceRow[] = [];
	for (const [prefix, keys] of Object.entries(REGENCY_AGENCIES)) {
		for (const key of keys) {
			const spec = A[key];
			if (!spec) throw new Error(`unknown agency ${key}`);
			const code = agencyCode(prefix, key);
			const o = NAME_OVERRIDES[code] ?? {};
			agencies.push({
				code,
				name: o.name ?? spec.name,
				short_name: o.short ?? spec.short,
				kind: spec.kind
			});
			const extra = (EXTRA_SERVICES[prefix] ?? []).filter(([k]) => k === key).map(([, sp]) => sp);
			for (const [sk, name, category, paid] of [...spec.services, ...extra]) {
				if (EXCLUDED_SERVICES[prefix]?.includes(sk)) continue;
				services.push({ code: `${prefix}-${sk}`, name, agency_code: code, category, paid });
			}
		}
	}
	return { agencies, services };
}
