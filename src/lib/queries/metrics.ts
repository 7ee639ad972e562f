/** The fact tables a metric is computed from, with the columns filters apply to. */
export interface Family {
	id: 'events' | 'attendance' | 'requests' | 'resolution' | 'aid' | 'proposals' | 'facts';
	from: string;
	where?: string;
	date: string;
	/** True when `date` is a TIMESTAMP (the period end then is exclusive, next midnight). */
	timestamp: boolean;
	village: string;
	program: string;
	/** Request kind and channel columns, when the family has them (the kind / channel filters). */
	kind?: string;
	channel?: string;
	/** The first day of the month of `date`, when the table stores it (saves a per-row function). */
	month?: string;
	/** A kecamatan-level summary with the same columns, read when no kecamatan is selected. */
	coarse?: { from: string; village: string };
}

/** Fact-table families, keyed by id. */
export const families: Record<Family['id'], Family> = {
	events: {
		id: 'events',
		from: 'events e',
		date: 'e.date',
		timestamp: false,
		village: 'e.village_code',
		program: 'e.program'
	},
	attendance: {
		id: 'attendance',
		from: 'event_agencies a JOIN events e ON a.event_id = e.event_id',
		where: `e.status = 'held'`,
		date: 'e.date',
		timestamp: false,
		village: 'e.village_code',
		program: 'e.program'
	},
	requests: {
		id: 'requests',
		from: 'requests_daily r',
		date: 'r.day',
		month: 'r.month',
		timestamp: false,
		village: 'r.village_code',
		program: 'r.program',
		kind: 'r.kind',
		channel: 'r.channel',
		coarse: { from: 'requests_daily_district r', village: 'r.district_code' }
	},
	resolution: {
		id: 'resolution',
		from: 'resolution_days h',
		date: 'h.day',
		month: 'h.month',
		timestamp: false,
		village: 'h.village_code',
		program: 'h.program',
		kind: 'h.kind',
		channel: 'h.channel',
		coarse: { from: 'resolution_days_district h', village: 'h.district_code' }
	},
	aid: {
		id: 'aid',
		from: 'aid_distributions d',
		date: 'd.date',
		timestamp: false,
		village: 'd.village_code',
		program: 'd.program'
	},
	proposals: {
		id: 'proposals',
		from: 'proposals p',
		date: 'p.submitted_at',
		timestamp: false,
		village: 'p.village_code',
		program: 'p.program'
	},
	facts: {
		id: 'facts',
		from: 'daily_facts o',
		date: 'o.day',
		month: 'o.month',
		timestamp: false,
		village: 'o.village_code',
		program: 'o.program',
		coarse: { from: 'daily_facts_district o', village: 'o.district_code' }
	}
};

/** How a metric's value reads. */
export type MetricUnit = 'count' | 'pct' | 'days' | 'tonnes' | 'packages';

/** A headline metric: its SQL aggregate over one family, unit, direction and definition. */
export interface Metric {
	id: string;
	family: Family['id'];
	sql: string;
	unit: MetricUnit;
	/** Whether a rise is good (`up`), bad (`down`) or neither. */
	better: 'up' | 'down' | null;
	definition: { id: string; en: string };
}

/** Every overview metric, in display order. Percentages are 0–100. */
export const metrics: Metric[] = [
	{
		id: 'events_held',
		family: 'facts',
		sql: `coalesce(sum(o.events_held), 0)`,
		unit: 'count',
		better: 'up',
		definition: {
			id: 'Kegiatan berstatus terlaksana (held) dalam periode.',
			en: 'Events with status held in the period.'
		}
	},
	{
		id: 'visitors',
		family: 'facts',
		sql: `coalesce(sum(o.visitors), 0)`,
		unit: 'count',
		better: 'up',
		definition: {
			id: 'Jumlah pengunjung pada kegiatan yang terlaksana.',
			en: 'Sum of visitors at held events.'
		}
	},
	{
		id: 'requests',
		family: 'facts',
		sql: `coalesce(sum(o.req_n), 0)`,
		unit: 'count',
		better: 'up',
		definition: {
			id: 'Semua permohonan, pengaduan dan pertanyaan yang diterima (semua kanal).',
			en: 'All requests, complaints and questions received (every channel).'
		}
	},
	{
		id: 'resolved_on_site_pct',
		family: 'facts',
		sql: `100.0 * sum(o.req_on_site) / nullif(sum(o.req_n), 0)`,
		unit: 'pct',
		better: 'up',
		definition: {
			id: 'Persen permohonan yang selesai di tempat.',
			en: 'Share of requests resolved on site.'
		}
	},
	{
		id: 'forwarded_resolved_pct',
		family: 'facts',
		sql: `100.0 * sum(o.req_resolved) / nullif(sum(o.req_forwarded), 0)`,
		unit: 'pct',
		better: 'up',
		definition: {
			id: 'Dari permohonan yang diteruskan ke OPD (diteruskan, diproses, selesai, tak terjawab), persen yang sudah selesai.',
			en: 'Of requests forwarded to an agency (forwarded, in progress, resolved, unanswered), the share resolved.'
		}
	},
	{
		id: 'median_days_to_resolve',
		family: 'resolution',
		// Exact median of whole calendar days from a histogram (days, n): see overview.ts.
		sql: 'median_from_histogram',
		unit: 'days',
		better: 'down',
		definition: {
			id: 'Median hari dari diterima sampai selesai, untuk permohonan yang diteruskan lalu selesai.',
			en: 'Median days from receipt to resolution of forwarded requests that were resolved.'
		}
	},
	{
		id: 'unanswered_pct',
		family: 'facts',
		sql: `100.0 * sum(o.req_unanswered) / nullif(sum(o.req_n), 0)`,
		unit: 'pct',
		better: 'down',
		definition: {
			id: 'Persen permohonan yang tidak pernah dijawab.',
			en: 'Share of requests never answered.'
		}
	},
	{
		id: 'attendance_rate',
		family: 'facts',
		sql: `100.0 * sum(o.att_present) / nullif(sum(o.att_n), 0)`,
		unit: 'pct',
		better: 'up',
		definition: {
			id: 'Dari instansi yang dijadwalkan pada kegiatan terlaksana, persen yang hadir (tepat waktu atau terlambat). Izin dihitung tidak hadir.',
			en: 'Of agencies scheduled at held events, the share that attended (on time or late). Excused counts as not attending.'
		}
	},
	{
		id: 'rice_t',
		family: 'facts',
		sql: `coalesce(sum(o.rice_kg), 0) / 1000.0`,
		unit: 'tonnes',
		better: 'up',
		definition: { id: 'Beras tersalurkan, dalam ton.', en: 'Rice distributed, in tonnes.' }
	},
	{
		id: 'milk_packages',
		family: 'facts',
		sql: `coalesce(sum(o.milk_packages), 0)`,
		unit: 'packages',
		better: 'up',
		definition: { id: 'Paket susu tersalurkan.', en: 'Milk packages distributed.' }
	},
	{
		id: 'proposals',
		family: 'facts',
		sql: `coalesce(sum(o.proposals), 0)`,
		unit: 'count',
		better: 'up',
		definition: {
			id: 'Usulan pembangunan yang diajukan dalam periode (urun rembug, musrenbang).',
			en: 'Development proposals submitted in the period (urun rembug, musrenbang).'
		}
	},
	{
		id: 'rkpd_pct',
		family: 'facts',
		sql: `100.0 * sum(o.proposals_rkpd) / nullif(sum(o.proposals), 0)`,
		unit: 'pct',
		better: 'up',
		definition: {
			id: 'Persen usulan yang masuk RKPD (atau sudah didanai / dilaksanakan).',
			en: 'Share of proposals that reached the RKPD (or were funded / implemented).'
		}
	}
];

/** Looks a metric up by id. */
export function metricById(id: string): Metric | undefined {
	return metrics.find((m) => m.id === id);
}
