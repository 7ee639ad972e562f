import { openNative, type NativeDb } from '../../../scripts/lib/native-db.ts';
import { createTableSql } from '$lib/schema/ddl';
import { tables } from '$lib/schema';
import { summaryTables } from './summaries';
import { fixtureSql } from './test-fixture';

/**
 * Rows added to the shared fixture for the agency specs (period 2025-01-01..2025-01-31):
 * a village nobody reaches, an agency with no requests (E), an event held without attendance
 * rows (E4), more absences for B and C, C's requests all unresolved, and A's request resolved
 * across a weekend in 6 working days.
 */
export const agencyFixtureSql = `
INSERT INTO regions VALUES ('35.14.02.2002', 'Sumbersuko', 'village', '35.14.02', 500, 150);
INSERT INTO agencies VALUES ('E', 'Agency E', 'E', 'opd');
INSERT INTO services VALUES ('S1', 'Layanan S1', 'A', 'adminduk', false);
INSERT INTO events VALUES
 ('E4', 'kenduren_mas', '35.14', '35.14.01', '35.14.01.2002', 'Balai <b>Desa</b>', '2025-01-28', 'held', 30),
 ('E5', 'kenduren_mas', '35.14', '35.14.01', '35.14.01.2001', NULL, '2025-01-30', 'held', 20);
INSERT INTO event_agencies VALUES
 ('E5', 'B', 'absent', NULL), ('E5', 'C', 'absent', NULL), ('E5', 'E', 'present', 1);
INSERT INTO requests VALUES
 ('r9', 'kenduren_mas', NULL, 'hotline', 'complaint', 'C', NULL, '35.14.01.2002', '2025-01-03 10:00', 'in_progress', NULL, NULL, NULL),
 ('r10', 'kenduren_mas', NULL, 'hotline', 'question', 'C', NULL, '35.14.01.2002', '2025-01-06 10:00', 'unanswered', NULL, NULL, NULL),
 ('r11', 'kenduren_mas', 'E1', 'event', 'service', 'A', 'S1', '35.14.01.2001', '2025-01-06 08:00', 'resolved', '2025-01-14 08:00', 'pickup', 4);
`;

/** Opens native DuckDB with the shared fixture plus the agency rows, then builds the summaries. */
export async function openAgencyFixture(): Promise<NativeDb> {
	const db = await openNative();
	for (const t of tables) await db.exec(createTableSql(t));
	await db.exec(fixtureSql);
	await db.exec(agencyFixtureSql);
	for (const t of summaryTables) await db.exec(t.sql);
	return db;
}
