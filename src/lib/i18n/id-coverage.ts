/** Bahasa Indonesia words of the coverage page (where the program went and where it did not). */
export const idCoverage = {
	nav_coverage: 'Jangkauan',
	cov_title: 'Jangkauan layanan',
	cov_intro:
		'Ke mana program datang minggu demi minggu, dan kecamatan serta desa/kelurahan yang tidak dikunjungi dalam periode. Hanya kegiatan yang terlaksana dihitung (bukan yang batal atau ditunda).',
	cov_summary: 'Ringkasan giliran',
	cov_events: 'Hari layanan terlaksana',
	cov_weeks: 'Minggu dengan hari layanan',
	cov_gap: 'Median jarak antar-minggu layanan',
	cov_districts_visited: 'Kecamatan dikunjungi',
	cov_villages_visited: 'Desa/kelurahan dikunjungi',
	cov_of: '{n} dari {total}',
	cov_weeks_n: '{n} minggu',
	cov_calendar: 'Kalender hari layanan per minggu dan {level}',
	cov_calendar_note:
		'Satu kolom = satu minggu (mulai Senin); angka = hari layanan terlaksana. Giliran dari kecamatan ke kecamatan tampak sebagai tangga.',
	cov_week_of: 'Minggu mulai {date}',
	cov_cell: '{area}, minggu mulai {date}: {n} hari layanan',
	cov_areas: 'Kunjungan per {level}',
	cov_col_events: 'Hari layanan',
	cov_col_villages: 'Desa dikunjungi',
	cov_col_weeks: 'Minggu dikunjungi',
	cov_col_gap: 'Median jarak (minggu)',
	cov_col_max_gap: 'Jarak terpanjang (minggu)',
	cov_col_first: 'Pertama dalam periode',
	cov_col_last: 'Terakhir dalam periode',
	cov_col_area: 'Wilayah',
	cov_col_last_visit: 'Kunjungan terakhir',
	cov_col_days_since: 'Hari sejak kunjungan terakhir',
	cov_not_visited_districts: 'Kecamatan tidak dikunjungi dalam periode ({n})',
	cov_not_visited_villages: 'Desa/kelurahan tidak dikunjungi dalam periode ({n})',
	cov_never: 'belum pernah',
	cov_all_visited: 'Semua dikunjungi dalam periode ini.',
	cov_days_since_note:
		'Hari dihitung sampai hari terakhir periode. "Belum pernah": tidak ada hari layanan terlaksana sejak awal data. Jarak = minggu antara dua minggu berturut-turut yang ada hari layanannya.',
	cov_none: 'Tidak ada hari layanan terlaksana dalam periode ini.'
} as const;
