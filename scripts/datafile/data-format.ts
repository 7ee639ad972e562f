import { createHash } from 'node:crypto';
import { createTableSql } from '../../src/lib/schema/ddl';
import { tables } from '../../src/lib/schema/index';
import { summaryTables } from '../../src/lib/queries/summaries';

/**
 * Fingerprint of the data file's layout: the contract tables' DDL and the summary tables' SQL.
 * Stored in `meta.format`; a file with another fingerprint was written by another version.
 */
export function dataFormat(): string {
	const h = createHash('sha256');
	for (const t of tables) h.update(createTableSql(t));
	for (const t of summaryTables) h.update(t.sql);
	return h.digest('hex').slice(0, 16);
}
