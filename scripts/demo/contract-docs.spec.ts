import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tables } from '../../src/lib/schema/index';
import { importFolder } from '../import/import-folder';
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

	it('data/templates import as they are: their example rows refer to each other', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'jb-templates-'));
		try {
			const r = await importFolder(TEMPLATES_DIR, join(dir, 'templates.duckdb'));
			for (const t of tables)
				expect(r.counts[t.name], t.name).toBe(
					readFileSync(join(TEMPLATES_DIR, `${t.name}.csv`), 'utf8')
						.trim()
						.split('\n').length - 1
				);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
