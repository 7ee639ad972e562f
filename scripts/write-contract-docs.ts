import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { README_PATH, renderReadme, renderTemplates, TEMPLATES_DIR } from './demo/contract-docs';

// Writes data/README.md and data/templates/<table>.csv from the zod contract (deterministic).
writeFileSync(README_PATH, await renderReadme());
mkdirSync(TEMPLATES_DIR, { recursive: true });
for (const [table, csv] of Object.entries(renderTemplates()))
	writeFileSync(join(TEMPLATES_DIR, `${table}.csv`), csv);
console.log(`wrote ${README_PATH} and ${TEMPLATES_DIR}/*.csv`);
