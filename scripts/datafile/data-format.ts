import { createHash } from 'node:crypto';
import { formatSource } from '../../src/lib/schema/ddl';
import { summaryTables } from '../../src/lib/queries/summaries';

/**
 * Fingerprint of the data file's layout: the contract tables' DDL and the summary tables' SQL.
 * Stored in `meta.format`; a file with another fingerprint was written by another version.
 */
export function dataFormat(): string {
	return createHash('sha256').update(formatSource(summaryTables)).digest('hex').slice(0, 16);
}
