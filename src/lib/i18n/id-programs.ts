/** Bahasa Indonesia words of the program views: requests, proposals, aid and coverage. */
export const idPrograms = {
	filter_kind: 'Jenis permohonan',
	filter_channel: 'Saluran',
	kind_service: 'Layanan',
	kind_complaint: 'Pengaduan',
	kind_question: 'Pertanyaan',
	kind_information: 'Informasi',
	channel_event: 'Di lokasi kegiatan',
	channel_hotline: 'Hotline',
	channel_whatsapp: 'WhatsApp',
	channel_lapor: 'SP4N-LAPOR',
	channel_office: 'Kantor'
};
