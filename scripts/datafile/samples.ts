import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { tables } from '../../src/lib/schema/index';
import { sqlLiteral } from '../../src/lib/sql';

const ofEvents = `(event_id IS NULL OR event_id IN (SELECT event_id FROM s_events))`;
// Natural keys, not rowid: DuckDB 1.5 fails on a window ordered by rowid over an attached table.
const perProgram = (n: number, order: string, by = 'program') =>
	`QUALIFY row_number() OVER (PARTITION BY ${by} ORDER BY ${order}) <= ${n} ORDER BY ${order}`;

/**
 * The sample of each table, in an order where each refers only to samples taken before it: small,
 * and whole as a data set — every code a sampled row refers to is sampled too, so the samples
 * import cleanly (`npm run data:import -- data/samples`).
 */
const picks: [string, string][] = [
	['programs', `SELECT * FROM out.programs ORDER BY rowid`],
	['agencies', `SELECT * FROM out.agencies ORDER BY rowid`],
	['services', `SELECT * FROM out.services ORDER BY rowid`],
	['events', `SELECT * FROM out.events ${perProgram(6, 'date, event_id')}`],
	[
		'event_agencies',
		`SELECT * FROM out.event_agencies WHERE event_id IN (SELECT event_id FROM s_events) ORDER BY rowid`
	],
	[
		'requests',
		`SELECT * FROM out.requests WHERE ${ofEvents} ${perProgram(5, 'received_at, request_id', 'program, channel')}`
	],
	[
		'aid_distributions',
		`SELECT * FROM out.aid_distributions WHERE ${ofEvents} ${perProgram(10, 'date, distribution_id')}`
	],
	[
		'proposals',
		`SELECT * FROM out.proposals WHERE ${ofEvents} ${perProgram(25, 'submitted_at, proposal_id')}`
	],
	[
		'regions',
		`WITH used AS (
    SELECT regency_code AS c FROM s_programs UNION SELECT village_code FROM s_events
    UNION SELECT citizen_village_code FROM s_requests UNION SELECT village_code FROM s_aid_distributions
    UNION SELECT village_code FROM s_proposals
  ), codes AS (SELECT DISTINCT unnest([left(c, 2), left(c, 5), left(c, 8), c]) AS code FROM used)
  SELECT * FROM out.regions WHERE code IN (SELECT code FROM codes) ORDER BY rowid`
	]
];

/** Writes `<table>.csv` samples (dates ISO, header = columns) from the attached `out` database. */
export async function writeSamples(con: DuckDBConnection, dir: string): Promise<void> {
	mkdirSync(dir, { recursive: true });
	for (const [name, sql] of picks)
		await con.run(`CREATE OR REPLACE TEMP TABLE s_${name} AS ${sql}`);
	for (const t of tables)
		await con.run(
			`COPY s_${t.name} TO ${sqlLiteral(join(dir, `${t.name}.csv`))} (HEADER, DELIMITER ',', TIMESTAMPFORMAT '%Y-%m-%dT%H:%M:%S', DATEFORMAT '%Y-%m-%d')`
		);
}
