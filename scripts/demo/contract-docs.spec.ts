import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tables } from '../../src/lib/schema/index';
import { README_PATH, renderReadme, renderTemplates, TEMPLATES_DIR } from './contract-docs';

describe('contract docs', () => {
	it('data/README.md is up to date (run npx tsx scripts/write-contract-docs.ts)', async () => {
		expect(readFileSync(README_PATH, 'utf8')).toBe(await renderReadme());
	});

	it('data/templates are up to date and their example rows validate', () => {
		for (const [table, csv] of Object.entries(renderTemplates())) {
			expect(readFileSync(join(TEMPLATES_DIR, `${table}.csv`), 'utf8')).toBe(csv);
		}
		for (const t of tables) {
			const ex = Object.fromEntries(
				Object.entries(t.columns).map(([k, c]) => [k, c.example === '' ? null : c.example])
			);
			expect(t.row.safeParse(ex).success, t.name).toBe(true);
		}
	});
});
