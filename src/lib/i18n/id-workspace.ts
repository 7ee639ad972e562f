/** Bahasa Indonesia words of the planner's workspace: click to filter, first view, dates, codes. */
export const idWorkspace = {
	xf_hint: 'Klik nama wilayah untuk menyaring seluruh halaman; klik lagi untuk menghapus.',
	xf_select: 'Saring halaman ke {name}',
	agency_cols: 'Kolom:',
	agency_group_attendance: 'Kehadiran',
	agency_group_requests: 'Permohonan',
	agency_group_timeliness: 'Ketepatan waktu',
	xf_bar_hint:
		'Klik batang atau nama OPD untuk menyaring halaman ke OPD itu; klik lagi (atau "Semua") untuk menghapus.',
	xf_clear: 'Hapus saringan {name}',
	xf_villages_of: 'Desa/kelurahan di {name}',
	xf_compare_area: 'Bandingkan {name} dengan wilayah lain…'
};
