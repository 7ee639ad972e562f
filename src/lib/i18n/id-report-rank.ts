/** Bahasa Indonesia words of the report's ranked findings and the rule labels. */
export const idReportRank = {
	report_top: 'Temuan utama',
	report_top_note:
		'Paling banyak {n} temuan paling serius dari semua aturan. Keparahan = min(lebih, 10) × log10(10 + warga): "lebih" = seberapa jauh melewati ambang (nilai ÷ ambang, atau ambang ÷ nilai untuk aturan "kurang dari"), "warga" = warga yang terdampak.',
	report_all: 'Semua temuan ({n})',
	report_rank: 'Peringkat',
	report_rule: 'Aturan',
	report_finding: 'Temuan',
	report_people: 'Warga terdampak',
	report_severity: 'Keparahan',
	report_severity_rule:
		'Keparahan = min(lebih, 10) × log10(10 + warga). "Lebih": nilai ÷ ambang (aturan "sedikitnya"), atau ambang ÷ nilai (aturan "kurang dari"); untuk desa tak terjangkau, persen desa ÷ 10%. "Warga": permohonan tak terjawab, tidak selesai dalam 5 hari kerja atau terbuka melewati batas; untuk OPD yang absen, kegiatan yang dilewatkan × rata-rata pengunjung per kegiatan; untuk desa tak terjangkau, penduduknya; 0 untuk aturan partisipasi usulan.',
	report_ranked_by_rate:
		'Diurutkan menurut persentase; OPD dengan kurang dari {n} {unit} di bawah, tanpa persentase (terlalu sedikit untuk dinilai).',
	report_absent_pct: 'Absen (%)',
	report_unit_events: 'kegiatan terjadwal',
	report_unit_requests: 'permohonan',
	rule_label_recent_absences: 'Absen berturut-turut',
	rule_label_absence_rate: 'Tingkat absen',
	rule_label_unanswered: 'Permohonan tak terjawab',
	rule_label_slow_follow_up: 'Tindak lanjut lambat',
	rule_label_overdue: 'Terbuka melewati 5 hari kerja',
	rule_label_villages_not_reached: 'Desa tak terjangkau',
	rule_label_low_proposals: 'Usulan sedikit'
} as const;
