import type { ResolvedFilters } from '$lib/schema/filters';
import { familyWhere } from './filter-sql';
import { families } from './metrics';
import type { Row, Sql } from '$lib/sql';
import { selectedRegion } from './area';

/** An attendance status of one agency at one event. */
export type AttendanceStatus = 'present' | 'late' | 'absent' | 'excused';

/** A held event, a column of the matrix. */
export interface MatrixEvent {
	id: string;
	date: string;
	venue: string | null;
	village: string | null;
}

/** Agencies × held events in date order; `status` is keyed `agency|event`. */
export interface AttendanceMatrix {
	events: MatrixEvent[];
	agencies: { code: string; name: string }[];
	status: Map<string, AttendanceStatus>;
}

/**
 * Held events of the period in date order, each with its attendance rows (one row per agency;
 * an event without attendance rows comes once with a null agency).
 */
export function matrixQuery(f: ResolvedFilters): Sql {
	const where = familyWhere(families.events, {
		program: f.program,
		region: selectedRegion(f),
		from: f.from,
		to: f.to
	});
	return {
		sql: `SELECT e.event_id, strftime(e.date, '%Y-%m-%d') AS date, e.venue, v.name AS village,
  a.agency_code, coalesce(ag.short_name, ag.name, a.agency_code) AS agency_name, a.status
FROM events e
LEFT JOIN event_agencies a ON a.event_id = e.event_id
LEFT JOIN agencies ag ON ag.code = a.agency_code
LEFT JOIN regions v ON v.code = e.village_code
WHERE e.status = 'held' AND ${where.sql}
ORDER BY e.date, e.event_id, a.agency_code`,
		params: where.params
	};
}

/** Rows of `matrixQuery` -> the matrix; agencies sorted by name. */
export function buildMatrix(rows: Row[]): AttendanceMatrix {
	const events = new Map<string, MatrixEvent>();
	const agencies = new Map<string, string>();
	const status = new Map<string, AttendanceStatus>();
	for (const r of rows) {
		const id = String(r.event_id);
		if (!events.has(id))
			events.set(id, {
				id,
				date: String(r.date),
				venue: (r.venue as string | null) ?? null,
				village: (r.village as string | null) ?? null
			});
		if (r.agency_code === null) continue;
		const code = String(r.agency_code);
		agencies.set(code, String(r.agency_name));
		status.set(`${code}|${id}`, r.status as AttendanceStatus);
	}
	return {
		events: [...events.values()],
		agencies: [...agencies]
			.map(([code, name]) => ({ code, name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'id')),
		status
	};
}

/** Each agency's statuses at the events it was scheduled at, in date order. */
export function statusesByAgency(m: AttendanceMatrix): Map<string, AttendanceStatus[]> {
	const out = new Map<string, AttendanceStatus[]>();
	for (const a of m.agencies) {
		const xs: AttendanceStatus[] = [];
		for (const e of m.events) {
			const s = m.status.get(`${a.code}|${e.id}`);
			if (s) xs.push(s);
		}
		out.set(a.code, xs);
	}
	return out;
}
