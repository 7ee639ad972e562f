/**
 * Bahasa Indonesia labels of the data's codes not labelled elsewhere (`<family>_<code>`, see
 * code-words.ts: a code without a label is a type error there).
 */
export const idCodes = {
	event_status_held: 'Terlaksana',
	event_status_cancelled: 'Dibatalkan',
	event_status_postponed: 'Ditunda',
	request_status_resolved_on_site: 'Selesai di tempat',
	request_status_forwarded: 'Diteruskan',
	request_status_in_progress: 'Diproses',
	request_status_resolved: 'Selesai',
	request_status_unanswered: 'Tak terjawab',
	request_status_rejected: 'Ditolak',
	source_urun_rembug: 'Urun rembug',
	source_musrenbang: 'Musrenbang',
	delivery_on_site: 'Di tempat',
	delivery_post: 'Dikirim pos',
	delivery_pickup: 'Diambil',
	agency_kind_opd: 'Perangkat daerah (OPD)',
	agency_kind_vertical: 'Instansi vertikal',
	agency_kind_bumn: 'BUMN/BUMD',
	agency_kind_other: 'Lainnya',
	aid_unit_kg: 'kg',
	aid_unit_paket: 'paket',
	aid_unit_rupiah: 'rupiah',
	level_province: 'Provinsi',
	table_programs: 'Program',
	table_regions: 'Wilayah',
	table_agencies: 'OPD dan instansi',
	table_services: 'Layanan',
	table_events: 'Kegiatan',
	table_event_agencies: 'Kehadiran OPD',
	table_requests: 'Permohonan',
	table_aid_distributions: 'Penyaluran bantuan',
	table_proposals: 'Usulan'
};
