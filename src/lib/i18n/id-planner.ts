/** Bahasa Indonesia words of the planner's first view, period control and searchable filters. */
export const idPlanner = {
	fv_note:
		'Menampilkan {program} ({regency}), program dengan kegiatan terbaru ({date}). Pilih program lain di atas, atau',
	fv_note_aid:
		'Menampilkan {program} ({regency}), program penyalur bantuan dengan kegiatan terbaru ({date}). Pilih program lain di atas, atau',
	fv_note_proposals:
		'Menampilkan {program} ({regency}), program pencatat usulan dengan kegiatan terbaru ({date}). Pilih program lain di atas, atau',
	fv_all: 'tampilkan semua program',
	fv_no_aid: 'Tidak berlaku: {program} tidak menyalurkan bantuan',
	fv_no_proposals: 'Tidak berlaku: {program} tidak mencatat usulan',
	search_none: 'Tidak ada yang cocok',
	search_more: '{n} lagi: ketik untuk mempersempit',
	date_hint: 'mis. {example} atau 12/03/2025',
	date_invalid: 'Bukan tanggal: tulis seperti {example} atau 12/03/2025',
	date_outside: 'Di luar data ({from} – {to})',
	preset_last_month: 'Bulan lalu',
	preset_this_quarter: 'Kuartal ini',
	month_partial: '{month} (sebagian: {from} – {to})',
	trend_partial_note: 'Bulan bertanda * hanya sebagian di dalam periode atau data: {months}.',
	trend_table: 'Tabel tren bulanan'
};
