import { parseArgs } from 'node:util';
import { DEFAULT_OUT } from './datafile/database';
import { DEFAULT_SAMPLES, generate, REQUESTS_MAX, REQUESTS_MIN } from './demo/generate';

const usage = `Usage: tsx scripts/generate-demo.ts [--requests N] [--seed S] [--out PATH] [--samples DIR] [--quiet]
  --requests N   requests to generate, ${REQUESTS_MIN}..${REQUESTS_MAX} (default 1000000)
  --seed S       seed of the random generator (default 1)
  --out PATH     DuckDB file to write (default ${DEFAULT_OUT})
  --samples DIR  folder for 100-row sample CSVs per table (default ${DEFAULT_SAMPLES})
  --quiet        print nothing but errors`;

try {
	const { values } = parseArgs({
		options: {
			requests: { type: 'string' },
			seed: { type: 'string' },
			out: { type: 'string' },
			samples: { type: 'string' },
			quiet: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help) {
		console.log(usage);
	} else {
		const requests =
			values.requests === undefined ? undefined : Number(values.requests.replaceAll('_', ''));
		const seed =
			values.seed === undefined
				? undefined
				: /^-?\d+$/.test(values.seed)
					? Number(values.seed)
					: values.seed;
		await generate({
			requests,
			seed,
			out: values.out,
			samples: values.samples,
			quiet: values.quiet
		});
	}
} catch (e) {
	console.error(`generate-demo: ${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
	process.exit(1);
}
