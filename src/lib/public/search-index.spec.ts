import { describe, expect, it } from 'vitest';
import { foldName, searchShards, shardKeys } from './search-index';

describe('village search shards', () => {
	it('files a village under the first three letters of each word', () => {
		expect(shardKeys('Sukamaju Kidul')).toEqual(['suk', 'kid']);
		expect(shardKeys("Ma'rang I")).toEqual(['ma', 'ran']);
		expect(foldName('  Pélem-Gadung ')).toBe('pelem gadung');
	});

	it('stores each kecamatan and regency name once per shard', () => {
		const v = (code: string, name: string) => ({ code, name, district: 'D', regency: 'R' });
		const shards = searchShards([
			v('35.14.01.2001', 'Sumber Rejo'),
			v('35.14.01.2002', 'Sumberan')
		]);
		expect([...shards.keys()].sort()).toEqual(['rej', 'sum']);
		expect(shards.get('sum')).toEqual({
			areas: { '35.14.01': 'D', '35.14': 'R' },
			villages: [
				['35.14.01.2001', 'Sumber Rejo'],
				['35.14.01.2002', 'Sumberan']
			]
		});
	});
});
