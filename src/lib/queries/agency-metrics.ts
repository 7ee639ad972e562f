/**
 * Agency (OPD) metrics: every figure of the agencies table, agency page and evaluation report is
 * defined here once — the base aggregates over the fact tables, then each metric as an expression
 * over those aggregates, with its unit, direction and definition in Bahasa Indonesia and English.
 */

/** Working days a forwarded request may take under the SP4N-LAPOR follow-up standard. */
export const FOLLOW_UP_WORKING_DAYS = 5;

/** Age buckets (calendar days since receipt) of the open-request backlog: [from, to] included. */
export const backlogBuckets: { id: string; from: number; to: number | null }[] = [
	{ id: '0-7', from: 0, to: 7 },
	{ id: '8-30', from: 8, to: 30 },
	{ id: '31-90', from: 31, to: 90 },
	{ id: '91-180', from: 91, to: 180 },
	{ id: '181+', from: 181, to: null }
];

/** Base aggregates of attendance rows (`a` event_agencies joined with held `e` events). */
export const attendanceBase = {
	att_n: 'count(*)',
	att_ok: `count(*) FILTER (WHERE a.status IN ('present', 'late'))`,
	att_absent: `count(*) FILTER (WHERE a.status = 'absent')`
} as const;

/** Base aggregates of the daily request summary `r` (requests_daily). */
export const requestBase = {
	n: 'sum(r.n)',
	n_on_site: 'sum(r.n_on_site)',
	n_forwarded: 'sum(r.n_forwarded)',
	n_resolved: 'sum(r.n_resolved)',
	n_unanswered: 'sum(r.n_unanswered)',
	n_open: 'sum(r.n_open)',
	n_rated: 'sum(r.n_rated)',
	satisfaction_sum: 'sum(r.satisfaction_sum)'
} as const;

/** Base aggregates of the resolution histogram `h` (resolution_days). */
export const resolutionBase = {
	res_n: 'sum(h.n)',
	res_within: `coalesce(sum(h.n) FILTER (WHERE h.working_days <= ${FOLLOW_UP_WORKING_DAYS}), 0)`
} as const;

/** How an agency metric's value reads. */
export type AgencyUnit = 'count' | 'pct' | 'days' | 'score';

/** An agency metric: an expression over the base aggregates, its unit, direction and definition. */
export interface AgencyMetric {
	id: string;
	label: { id: string; en: string };
	sql: string;
	unit: AgencyUnit;
	digits: number;
	better: 'up' | 'down' | null;
	/** Whether the agencies table shows its change against the previous period. */
	delta: boolean;
	definition: { id: string; en: string };
}

const count = (
	id: string,
	label: AgencyMetric['label'],
	sql: string,
	better: AgencyMetric['better'],
	definition: AgencyMetric['definition'],
	delta = false
): AgencyMetric => ({ id, label, sql, unit: 'count', digits: 0, better, delta, definition });
const pct = (
	id: string,
	label: AgencyMetric['label'],
	sql: string,
	better: AgencyMetric['better'],
	definition: AgencyMetric['definition'],
	delta = false
): AgencyMetric => ({ id, label, sql, unit: 'pct', digits: 1, better, delta, definition });

/** Every agency metric, in table order. Percentages are 0–100; counts are 0 when there is nothing. */
export const agencyMetrics: AgencyMetric[] = [
	count(
		'events_scheduled',
		{ id: 'Kegiatan dijadwalkan', en: 'Events scheduled' },
		'coalesce(att_n, 0)',
		null,
		{
			id: 'Kegiatan terlaksana (held) yang menjadwalkan OPD ini (ada baris kehadiran).',
			en: 'Held events the agency was scheduled at (it has an attendance row).'
		}
	),
	count('events_attended', { id: 'Hadir', en: 'Attended' }, 'coalesce(att_ok, 0)', 'up', {
		id: 'Kegiatan yang dihadiri, tepat waktu atau terlambat.',
		en: 'Events attended, on time or late.'
	}),
	pct(
		'attendance_rate',
		{ id: 'Kehadiran (%)', en: 'Attendance (%)' },
		'100.0 * att_ok / nullif(att_n, 0)',
		'up',
		{
			id: 'Hadir dibagi kegiatan dijadwalkan. Izin dihitung tidak hadir.',
			en: 'Attended over scheduled events. Excused counts as not attending.'
		},
		true
	),
	count(
		'absences',
		{ id: 'Absen', en: 'Absences' },
		'coalesce(att_absent, 0)',
		'down',
		{
			id: 'Kegiatan dengan status absen (tanpa izin).',
			en: 'Events with status absent (not excused).'
		},
		true
	),
	count(
		'longest_absence_run',
		{ id: 'Absen beruntun terpanjang', en: 'Longest absence run' },
		'coalesce(longest_absence_run, 0)',
		'down',
		{
			id: 'Jumlah terbanyak kegiatan berturut-turut (urut tanggal, di antara kegiatan yang menjadwalkan OPD ini) dengan status absen.',
			en: 'Most consecutive scheduled events (in date order) with status absent.'
		}
	),
	count(
		'requests',
		{ id: 'Permohonan', en: 'Requests' },
		'coalesce(n, 0)',
		null,
		{
			id: 'Permohonan, pengaduan dan pertanyaan yang diterima OPD ini (semua kanal), menurut tanggal diterima.',
			en: 'Requests, complaints and questions received by the agency (every channel), by day received.'
		},
		true
	),
	pct(
		'resolved_on_site_pct',
		{ id: 'Selesai di tempat (%)', en: 'Resolved on site (%)' },
		'100.0 * n_on_site / nullif(n, 0)',
		'up',
		{ id: 'Persen permohonan yang selesai di tempat.', en: 'Share of requests resolved on site.' }
	),
	pct(
		'forwarded_pct',
		{ id: 'Diteruskan (%)', en: 'Forwarded (%)' },
		'100.0 * n_forwarded / nullif(n, 0)',
		null,
		{
			id: 'Persen permohonan yang diteruskan ke OPD (diteruskan, diproses, selesai, tak terjawab).',
			en: 'Share of requests forwarded to the agency (forwarded, in progress, resolved, unanswered).'
		}
	),
	pct(
		'forwarded_resolved_pct',
		{ id: 'Diteruskan & selesai (%)', en: 'Forwarded & resolved (%)' },
		'100.0 * n_resolved / nullif(n_forwarded, 0)',
		'up',
		{
			id: 'Dari permohonan yang diteruskan, persen yang sudah selesai.',
			en: 'Of forwarded requests, the share resolved.'
		},
		true
	),
	{
		id: 'median_days_to_resolve',
		label: { id: 'Median hari selesai', en: 'Median days to resolve' },
		sql: 'median_days',
		unit: 'days',
		digits: 1,
		better: 'down',
		delta: false,
		definition: {
			id: 'Median hari kalender dari diterima sampai selesai, untuk permohonan diteruskan yang selesai (tepat, dari histogram).',
			en: 'Median calendar days from receipt to resolution of forwarded requests that were resolved (exact, from the histogram).'
		}
	},
	pct(
		'resolved_within_5wd_pct',
		{ id: 'Selesai ≤ 5 hari kerja (%)', en: 'Resolved ≤ 5 working days (%)' },
		'100.0 * coalesce(res_within, 0) / nullif(n_forwarded, 0)',
		'up',
		{
			id: 'Dari permohonan yang diteruskan (diterima dalam periode), persen yang selesai paling lama 5 hari kerja setelah diterima (standar tindak lanjut SP4N-LAPOR). Hari kerja: Senin–Jumat setelah hari diterima; Sabtu dan Minggu dilewati, hari libur nasional tidak diketahui data. Yang belum selesai dihitung tidak tepat waktu.',
			en: 'Of forwarded requests (received in the period), the share resolved within 5 working days of receipt (the SP4N-LAPOR follow-up standard). Working days: Monday–Friday after the day received; weekends are skipped, public holidays are not known to the data. Unresolved requests count as not on time.'
		},
		true
	),
	count(
		'unanswered',
		{ id: 'Tak terjawab', en: 'Unanswered' },
		'coalesce(n_unanswered, 0)',
		'down',
		{
			id: 'Permohonan berstatus tak terjawab.',
			en: 'Requests with status unanswered.'
		}
	),
	pct(
		'unanswered_pct',
		{ id: 'Tak terjawab (%)', en: 'Unanswered (%)' },
		'100.0 * n_unanswered / nullif(n, 0)',
		'down',
		{
			id: 'Persen permohonan yang tidak pernah dijawab, dari semua permohonan OPD ini.',
			en: 'Share of all the agency’s requests never answered.'
		},
		true
	),
	count(
		'overdue',
		{ id: 'Terbuka > 5 hari kerja', en: 'Open > 5 working days' },
		'coalesce(n_overdue, 0)',
		'down',
		{
			id: 'Permohonan yang diterima dalam periode dan masih terbuka (diteruskan atau diproses) lebih dari 5 hari kerja, dihitung sampai hari terakhir data.',
			en: 'Requests received in the period that are still open (forwarded or in progress) after more than 5 working days, counted up to the last day of data.'
		}
	),
	{
		id: 'satisfaction_mean',
		label: { id: 'Kepuasan (1–5)', en: 'Satisfaction (1–5)' },
		sql: '1.0 * satisfaction_sum / nullif(n_rated, 0)',
		unit: 'score',
		digits: 2,
		better: 'up',
		delta: false,
		definition: {
			id: 'Rata-rata skor kepuasan 1–5 dari permohonan yang diberi nilai.',
			en: 'Mean satisfaction score 1–5 over requests that were rated.'
		}
	}
];

/** Looks an agency metric up by id. */
export function agencyMetricById(id: string): AgencyMetric | undefined {
	return agencyMetrics.find((m) => m.id === id);
}
