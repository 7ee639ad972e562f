import { describe, expect, it } from 'vitest';
import { PartQueue, type StagePart } from './part-queue';

const part = (name: string, n: number): StagePart => ({ name, bytes: new Uint8Array([n]) });

describe('PartQueue', () => {
	it('gives the parts in order, those pushed before and while the reader waits, until the end', async () => {
		const q = new PartQueue();
		q.push(part('stage_a', 1));
		const got: string[] = [];
		const reading = (async () => {
			for await (const p of q) got.push(`${p.name}:${p.bytes[0]}`);
		})();
		await new Promise((r) => setTimeout(r, 5));
		q.push(part('stage_a', 2));
		q.push(part('stage_b', 3));
		await new Promise((r) => setTimeout(r, 5));
		q.end();
		await reading;
		expect(got).toEqual(['stage_a:1', 'stage_a:2', 'stage_b:3']);
	});

	it('makes the reader throw when the parts stop with an error, pending parts dropped', async () => {
		const q = new PartQueue();
		q.push(part('stage_a', 1));
		const problem = new Error('files have problems');
		q.fail(problem);
		const got: StagePart[] = [];
		await expect(
			(async () => {
				for await (const p of q) got.push(p);
			})()
		).rejects.toBe(problem);
		expect(got).toEqual([]);
	});
});
