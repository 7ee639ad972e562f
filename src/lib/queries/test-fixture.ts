import { openNative, type NativeDb } from '../../../scripts/lib/native-db.ts';
import { createTableSql } from '$lib/schema/ddl';
import { tables } from '$lib/schema';
import { summaryTables } from './summaries';

/**
 * A tiny hand-made data set whose expected figures are worked out by hand in the specs.
 * Period under test: 2025-01-01..2025-01-31 (previous: 2024-12-01..2024-12-31).
 */
export const fixtureSql = `
INSERT INTO programs VALUES ('kenduren_mas', 'Kenduren Mas', '35.14', NULL), ('gempungan', 'Gempungan', '32.14', NULL);
INSERT INTO regions VALUES
 ('35.14', 'Kabupaten Pasuruan', 'regency', '35', 3000, 900),
 ('35.14.01', 'Purwosari', 'district', '35.14', 2000, 600),
 ('35.14.02', 'Gempol', 'district', '35.14', 1000, 300),
 ('35.14.01.2001', 'Martopuro', 'village', '35.14.01', 1200, 350),
 ('35.14.01.2002', 'Sukodermo', 'village', '35.14.01', 800, 250),
 ('35.14.02.2001', 'Kepulungan', 'village', '35.14.02', 1000, 300),
 ('32.14.01.2001', 'Cibogohilir', 'village', '32.14.01', 900, 280);
INSERT INTO agencies VALUES ('A', 'Agency A', 'A', 'opd'), ('B', 'Agency B', 'B', 'opd'), ('C', 'Agency C', 'C', 'opd'), ('D', 'Agency D', 'D', 'vertical');
INSERT INTO events VALUES
 ('E1', 'kenduren_mas', '35.14', '35.14.01', '35.14.01.2001', 'Balai Desa', '2025-01-10', 'held', 100),
 ('E2', 'kenduren_mas', '35.14', '35.14.02', '35.14.02.2001', NULL, '2025-01-20', 'held', 50),
 ('E3', 'kenduren_mas', '35.14', '35.14.01', '35.14.01.2002', NULL, '2025-01-25', 'cancelled', NULL),
 ('E0', 'kenduren_mas', '35.14', '35.14.01', '35.14.01.2001', NULL, '2024-12-15', 'held', 40),
 ('E9', 'kenduren_mas', '35.14', '35.14.01', '35.14.01.2001', NULL, '2025-02-01', 'held', 999),
 ('GX', 'gempungan', '32.14', '32.14.01', '32.14.01.2001', NULL, '2025-01-10', 'held', 70);
INSERT INTO event_agencies VALUES
 ('E1', 'A', 'present', 3), ('E1', 'B', 'late', 2), ('E1', 'C', 'absent', NULL), ('E1', 'D', 'excused', NULL),
 ('E2', 'A', 'present', 2), ('E2', 'B', 'absent', NULL),
 ('E3', 'A', 'absent', NULL),
 ('E0', 'A', 'present', 1), ('E0', 'B', 'present', 1),
 ('GX', 'A', 'absent', NULL);
INSERT INTO requests VALUES
 ('r1', 'kenduren_mas', 'E1', 'event', 'service', 'A', NULL, '35.14.01.2001', '2025-01-10 09:00', 'resolved_on_site', '2025-01-10 09:30', 'on_site', 5),
 ('r2', 'kenduren_mas', 'E1', 'event', 'service', 'A', NULL, '35.14.01.2001', '2025-01-10 10:00', 'resolved', '2025-01-13 10:00', 'post', NULL),
 ('r3', 'kenduren_mas', 'E2', 'event', 'question', 'B', NULL, '35.14.02.2001', '2025-01-20 09:00', 'resolved', '2025-01-21 09:00', NULL, 3),
 ('r4', 'kenduren_mas', 'E2', 'event', 'question', 'B', NULL, '35.14.02.2001', '2025-01-20 11:00', 'unanswered', NULL, NULL, NULL),
 ('r5', 'kenduren_mas', NULL, 'hotline', 'complaint', 'C', NULL, '35.14.01.2002', '2025-01-31 23:30', 'forwarded', NULL, NULL, NULL),
 ('r6', 'kenduren_mas', NULL, 'hotline', 'complaint', 'C', NULL, '35.14.01.2002', '2025-02-01 00:00', 'forwarded', NULL, NULL, NULL),
 ('r7', 'kenduren_mas', 'E0', 'event', 'service', 'A', NULL, '35.14.01.2001', '2024-12-31 12:00', 'resolved_on_site', '2024-12-31 12:10', 'on_site', NULL),
 ('r8', 'kenduren_mas', NULL, 'office', 'service', 'A', NULL, '35.14.01.2001', '2025-01-15 08:00', 'rejected', NULL, NULL, 1),
 ('rg', 'gempungan', 'GX', 'event', 'service', 'A', NULL, '32.14.01.2001', '2025-01-10 09:00', 'resolved_on_site', '2025-01-10 09:05', 'on_site', NULL);
INSERT INTO aid_distributions VALUES
 ('d1', 'kenduren_mas', 'beras', NULL, '2025-01-05', '35.14.01.2001', 'beras', 1500, 'kg', 150, 160),
 ('d2', 'kenduren_mas', 'beras', NULL, '2025-01-06', '35.14.02.2001', 'beras', 500, 'kg', 50, 50),
 ('d3', 'kenduren_mas', 'susu', NULL, '2025-01-07', '35.14.01.2001', 'susu', 30, 'paket', 30, 40),
 ('dg', 'gempungan', 'beras', NULL, '2025-01-07', '32.14.01.2001', 'beras', 9000, 'kg', 900, 900);
INSERT INTO proposals VALUES
 ('p1', 'kenduren_mas', 'urun_rembug', 'E1', '35.14.01.2001', NULL, NULL, 2026, 'infrastruktur', 'Jalan', 1e8, '2025-01-10', 'rkpd', true, 'A', '2025-03-01'),
 ('p2', 'kenduren_mas', 'urun_rembug', 'E1', '35.14.01.2001', NULL, NULL, 2026, 'sosial', 'Posyandu', NULL, '2025-01-11', 'rejected', true, NULL, '2025-02-01'),
 ('p3', 'kenduren_mas', 'urun_rembug', NULL, '35.14.02.2001', '001', '002', 2026, 'lingkungan', 'Saluran', 5e7, '2025-01-12', 'submitted', false, NULL, '2025-01-12'),
 ('p4', 'kenduren_mas', 'urun_rembug', NULL, '35.14.02.2001', '003', '001', 2026, 'ekonomi', 'Pasar', 2e8, '2025-01-13', 'funded', true, 'B', '2025-06-01');
`;

/** Opens native DuckDB in memory with the contract tables, the fixture rows and the summaries. */
export async function openFixture(): Promise<NativeDb> {
	const db = await openNative();
	for (const t of tables) await db.exec(createTableSql(t));
	await db.exec(fixtureSql);
	for (const t of summaryTables) await db.exec(t.sql);
	return db;
}
