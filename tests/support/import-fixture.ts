import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NativeDb } from '../../scripts/lib/native-db.ts';

/**
 * Writes a small, consistent slice of the built demo data as one CSV per contract table (as a
 * user's export would be): one program, its regency's regions, the last two months of its events
 * with every row that refers to them. Returns the folder.
 */
export async function writeImportFixture(db: NativeDb): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'jb-import-'));
	const [p] = await db.query(
		`SELECT p.code, p.regency_code, max(e.date) - INTERVAL 60 DAY AS since,
  (SELECT count(*) FROM aid_distributions a WHERE a.program = p.code) AS aid
FROM programs p JOIN events e ON e.program = p.code GROUP BY ALL ORDER BY aid DESC, p.code LIMIT 1`
	);
	const lit = (v: unknown) => `'${String(v).replaceAll("'", "''")}'`;
	const prog = lit(p!.code);
	const since = lit(String(p!.since).slice(0, 10));
	const regency = String(p!.regency_code);
	await db.exec(
		`CREATE OR REPLACE TEMP TABLE fx_events AS SELECT * FROM events WHERE program = ${prog} AND date >= ${since}`
	);
	const ofEvents = `program = ${prog} AND (event_id IS NULL OR event_id IN (SELECT event_id FROM fx_events))`;
	const slices: Record<string, string> = {
		programs: `SELECT * FROM programs WHERE code = ${prog}`,
		regions: `SELECT * FROM regions WHERE code IN (${lit(regency.slice(0, 2))}, ${lit(regency)}) OR code LIKE ${lit(regency + '.%')}`,
		agencies: 'SELECT * FROM agencies',
		services: 'SELECT * FROM services',
		events: 'SELECT * FROM fx_events',
		event_agencies:
			'SELECT * FROM event_agencies WHERE event_id IN (SELECT event_id FROM fx_events)',
		requests: `SELECT * FROM requests WHERE ${ofEvents} AND received_at >= ${since}`,
		aid_distributions: `SELECT * FROM aid_distributions WHERE ${ofEvents} AND date >= ${since}`,
		proposals: `SELECT * FROM proposals WHERE ${ofEvents} AND submitted_at >= ${since}`
	};
	for (const [t, sql] of Object.entries(slices))
		await db.exec(
			`COPY (${sql} ORDER BY ALL) TO ${lit(join(dir, `${t}.csv`))} (HEADER, DELIMITER ',', TIMESTAMPFORMAT '%Y-%m-%dT%H:%M:%S', DATEFORMAT '%Y-%m-%d')`
		);
	return dir;
}
