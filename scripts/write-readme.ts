import { writeFileSync } from 'node:fs';
import { README, renderReadme } from './docs/readme';

// Rewrites the generated sections of README.md (metric tables, map of src/lib) from the records.
writeFileSync(README, await renderReadme());
console.log(`wrote ${README}`);
