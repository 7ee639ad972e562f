import { describe, expect, it } from 'vitest';
import { dataFormat } from '../../../scripts/datafile/data-format';
import { openNative } from '../../../scripts/lib/native-db';
import { DataFault, expectedFormat, requiredDataTables, verifyData } from './verify';

describe('checking the data file before trusting it', () => {
	it('computes the same format fingerprint as the data writer', async () => {
		expect(await expectedFormat()).toBe(dataFormat());
	});

	it('names missing tables, then a format written by another version', async () => {
		const db = await openNative();
		const q = (sql: string) => db.query(sql);
		await db.exec(`ATTACH ':memory:' AS jb`);
		let err = await verifyData(q, 'jb').catch((e: unknown) => e);
		expect(err).toBeInstanceOf(DataFault);
		expect((err as DataFault).kind).toBe('tables');
		for (const t of requiredDataTables)
			await db.exec(`CREATE TABLE jb."${t}" (key VARCHAR, value VARCHAR)`);
		await db.exec(`INSERT INTO jb.meta VALUES ('format', 'an-old-layout')`);
		err = await verifyData(q, 'jb').catch((e: unknown) => e);
		expect((err as DataFault).kind).toBe('format');
		await db.exec(`UPDATE jb.meta SET value = '${dataFormat()}'`);
		await expect(verifyData(q, 'jb')).resolves.toBeUndefined();
		db.close();
	});
});
