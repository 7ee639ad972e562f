import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { libEntries, libMap, README, renderReadme } from './readme';

describe('README', () => {
	it('has its metric tables and map of src/lib as the records give them (npm run docs)', async () => {
		expect(readFileSync(README, 'utf8')).toBe(await renderReadme());
	});
	it('maps every folder and top-level file of src/lib, and nothing that is gone', () => {
		expect(Object.keys(libMap).sort()).toEqual(libEntries());
	});
});
