import type { MetricWordKey } from './metric-words';

/**
 * Words of every metric and report rule in Bahasa Indonesia: `<scope>_<id>` labels and
 * `<scope>_def_<id>` definitions (`metric-words.ts` names the keys), rule findings and rules.
 */
export const idMetrics: Record<MetricWordKey, string> = {
	// Overview KPIs (queries/metrics.ts): label, definition.
	kpi_events_held: 'Kegiatan terlaksana',
	kpi_def_events_held: 'Kegiatan berstatus terlaksana (held) dalam periode.',
	kpi_visitors: 'Pengunjung',
	kpi_def_visitors: 'Jumlah pengunjung pada kegiatan yang terlaksana.',
	kpi_requests: 'Permohonan',
	kpi_def_requests: 'Semua permohonan, pengaduan dan pertanyaan yang diterima (semua kanal).',
	kpi_resolved_on_site_pct: 'Selesai di tempat',
	kpi_def_resolved_on_site_pct: 'Persen permohonan yang selesai di tempat.',
	kpi_forwarded_resolved_pct: 'Diteruskan & selesai',
	kpi_def_forwarded_resolved_pct:
		'Dari permohonan yang diteruskan ke OPD (diteruskan, diproses, selesai, tak terjawab), persen yang sudah selesai.',
	kpi_median_days_to_resolve: 'Median hari penyelesaian',
	kpi_def_median_days_to_resolve:
		'Median hari dari diterima sampai selesai, untuk permohonan yang diteruskan lalu selesai.',
	kpi_unanswered_pct: 'Tak terjawab',
	kpi_def_unanswered_pct: 'Persen permohonan yang tidak pernah dijawab.',
	kpi_attendance_rate: 'Kehadiran OPD',
	kpi_def_attendance_rate:
		'Dari instansi yang dijadwalkan pada kegiatan terlaksana, persen yang hadir (tepat waktu atau terlambat). Izin dihitung tidak hadir.',
	kpi_rice_t: 'Beras tersalur',
	kpi_def_rice_t: 'Beras tersalurkan, dalam ton.',
	kpi_milk_packages: 'Susu tersalur',
	kpi_def_milk_packages: 'Paket susu tersalurkan.',
	kpi_proposals: 'Usulan masuk',
	kpi_def_proposals: 'Usulan pembangunan yang diajukan dalam periode (urun rembug, musrenbang).',
	kpi_rkpd_pct: 'Usulan masuk RKPD',
	kpi_def_rkpd_pct: 'Persen usulan yang masuk RKPD (atau sudah didanai / dilaksanakan).',
	// Agency metrics (queries/agency-metrics.ts): label, definition.
	agency_metric_events_scheduled: 'Kegiatan dijadwalkan',
	agency_def_events_scheduled:
		'Kegiatan terlaksana (held) yang menjadwalkan OPD ini (ada baris kehadiran).',
	agency_metric_events_attended: 'Hadir',
	agency_def_events_attended: 'Kegiatan yang dihadiri, tepat waktu atau terlambat.',
	agency_metric_attendance_rate: 'Kehadiran (%)',
	agency_def_attendance_rate: 'Hadir dibagi kegiatan dijadwalkan. Izin dihitung tidak hadir.',
	agency_metric_absences: 'Absen',
	agency_def_absences: 'Kegiatan dengan status absen (tanpa izin).',
	agency_metric_longest_absence_run: 'Absen beruntun terpanjang',
	agency_def_longest_absence_run:
		'Jumlah terbanyak kegiatan berturut-turut (urut tanggal, di antara kegiatan yang menjadwalkan OPD ini) dengan status absen.',
	agency_metric_requests: 'Permohonan',
	agency_def_requests:
		'Permohonan, pengaduan dan pertanyaan yang diterima OPD ini (semua kanal), menurut tanggal diterima.',
	agency_metric_resolved_on_site_pct: 'Selesai di tempat (%)',
	agency_def_resolved_on_site_pct: 'Persen permohonan yang selesai di tempat.',
	agency_metric_forwarded_pct: 'Diteruskan (%)',
	agency_def_forwarded_pct:
		'Persen permohonan yang diteruskan ke OPD (diteruskan, diproses, selesai, tak terjawab).',
	agency_metric_forwarded_resolved_pct: 'Diteruskan & selesai (%)',
	agency_def_forwarded_resolved_pct: 'Dari permohonan yang diteruskan, persen yang sudah selesai.',
	agency_metric_median_days_to_resolve: 'Median hari selesai',
	agency_def_median_days_to_resolve:
		'Median hari kalender dari diterima sampai selesai, untuk permohonan diteruskan yang selesai (tepat, dari histogram).',
	agency_metric_resolved_within_5wd_pct: 'Selesai ≤ 5 hari kerja (%)',
	agency_def_resolved_within_5wd_pct:
		'Dari permohonan yang diteruskan (diterima dalam periode), persen yang selesai paling lama 5 hari kerja setelah diterima (standar tindak lanjut SP4N-LAPOR). Hari kerja: Senin–Jumat setelah hari diterima; Sabtu dan Minggu dilewati, hari libur nasional tidak diketahui data. Yang belum selesai dihitung tidak tepat waktu.',
	agency_metric_unanswered: 'Tak terjawab',
	agency_def_unanswered: 'Permohonan berstatus tak terjawab.',
	agency_metric_unanswered_pct: 'Tak terjawab (%)',
	agency_def_unanswered_pct:
		'Persen permohonan yang tidak pernah dijawab, dari semua permohonan OPD ini.',
	agency_metric_overdue: 'Terbuka > 5 hari kerja',
	agency_def_overdue:
		'Permohonan yang diterima dalam periode dan masih terbuka (diteruskan atau diproses) lebih dari 5 hari kerja, dihitung sampai hari terakhir data.',
	agency_metric_satisfaction_mean: 'Kepuasan (1–5)',
	agency_def_satisfaction_mean: 'Rata-rata skor kepuasan 1–5 dari permohonan yang diberi nilai.',
	// Map metrics (queries/map-metrics.ts): label, definition.
	map_metric_visitors: 'Pengunjung kegiatan',
	map_def_visitors:
		'Jumlah pengunjung pada kegiatan terlaksana yang diselenggarakan di wilayah ini (n = kegiatan).',
	map_metric_visitors_per_1000: 'Pengunjung per 1.000 penduduk',
	map_def_visitors_per_1000:
		'Pengunjung kegiatan di wilayah ini per 1.000 penduduk (n = kegiatan).',
	map_metric_reach_per_1000: 'Permohonan per 1.000 penduduk (desa asal)',
	map_def_reach_per_1000:
		'Permohonan dari warga yang tinggal di wilayah ini, per 1.000 penduduk, semua kanal (n = permohonan).',
	map_metric_attendance_pct: 'Kehadiran OPD (%)',
	map_def_attendance_pct:
		'Dari OPD yang dijadwalkan pada kegiatan terlaksana di wilayah ini, persen yang hadir (n = jadwal OPD).',
	map_metric_on_site_pct: 'Selesai di tempat (%)',
	map_def_on_site_pct:
		'Persen permohonan warga wilayah ini yang selesai di tempat (n = permohonan).',
	map_metric_unanswered_pct: 'Tak terjawab (%)',
	map_def_unanswered_pct:
		'Persen permohonan warga wilayah ini yang tidak pernah dijawab (n = permohonan).',
	map_metric_aid_kg_per_household: 'Beras per KK (kg)',
	map_def_aid_kg_per_household:
		'Beras tersalur ke wilayah ini (kg) per kepala keluarga (n = penyaluran).',
	map_metric_rice_target_pct: 'Beras: KK penerima vs sasaran (%)',
	map_def_rice_target_pct:
		'KK yang menerima beras dibanding KK sasaran beras (n = KK sasaran; kurang dari 5 tidak dinilai). Susu dihitung tersendiri.',
	map_metric_milk_target_pct: 'Susu: KK penerima vs sasaran (%)',
	map_def_milk_target_pct:
		'KK yang menerima susu dibanding KK sasaran susu (n = KK sasaran; kurang dari 5 tidak dinilai). Beras dihitung tersendiri.',
	map_metric_proposals_per_1000: 'Usulan per 1.000 penduduk',
	map_def_proposals_per_1000:
		'Usulan pembangunan untuk wilayah ini per 1.000 penduduk (n = usulan).',
	map_metric_rkpd_pct: 'Usulan masuk RKPD (%)',
	map_def_rkpd_pct: 'Persen usulan yang masuk RKPD atau didanai / dilaksanakan (n = usulan).',
	map_metric_days_since_visit: 'Hari sejak kunjungan terakhir',
	map_def_days_since_visit:
		'Hari dari kegiatan terlaksana terakhir di wilayah ini sampai akhir periode; tanpa kegiatan dalam periode = belum pernah dikunjungi.',
	// Evaluation report rules (report/rules.ts): finding, then the rule with its {thresholds}.
	rule_msg_recent_absences: '{agency} absen pada {absent} dari {n} kegiatan terakhir.',
	rule_desc_recent_absences:
		'Absen pada sedikitnya {absent} dari {last} kegiatan terakhir yang dijadwalkan.',
	rule_msg_absence_rate:
		'{agency} absen pada {absent} dari {n} kegiatan yang dijadwalkan ({pct}%).',
	rule_desc_absence_rate:
		'Absen pada sedikitnya {pct}% kegiatan yang dijadwalkan (minimal {min_events} kegiatan).',
	rule_msg_unanswered:
		'{agency} tidak menjawab {unanswered} dari {requests} permohonan yang diterima ({pct}%).',
	rule_desc_unanswered:
		'Sedikitnya {pct}% permohonan tak terjawab, dari semua permohonan yang diterima (minimal {min_requests} permohonan).',
	rule_msg_slow_follow_up:
		'{agency} hanya menyelesaikan {within} dari {forwarded} permohonan yang diteruskan dalam 5 hari kerja ({pct}%).',
	rule_desc_slow_follow_up:
		'Kurang dari {pct}% permohonan yang diteruskan selesai dalam 5 hari kerja (minimal {min_forwarded} diteruskan).',
	rule_msg_overdue: '{agency} masih memiliki {overdue} permohonan terbuka lebih dari 5 hari kerja.',
	rule_desc_overdue: 'Sedikitnya {count} permohonan masih terbuka lebih dari 5 hari kerja.',
	rule_msg_villages_not_reached:
		'{count} dari {total} desa/kelurahan ({pct}%) belum terjangkau: tidak ada kegiatan dan tidak ada permohonan dari warganya.',
	rule_desc_villages_not_reached:
		'Sedikitnya {count} desa/kelurahan tanpa kegiatan dan tanpa permohonan.',
	rule_msg_low_proposals:
		'Partisipasi usulan rendah: {proposals} usulan dari {events} kegiatan ({per_event} per kegiatan).',
	rule_desc_low_proposals: 'Kurang dari {per_event} usulan pembangunan per kegiatan terlaksana.'
};
