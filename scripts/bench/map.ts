import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { launchBrowser } from '../../tests/support/browser.ts';
import { dissolve } from '../../src/lib/map/dissolve.ts';
import { parseBoundaries } from '../../src/lib/map/geojson.ts';
import { hexLayout, hexShapes } from '../../src/lib/map/schematic.ts';
import type { Shape } from '../../src/lib/map/shapes.ts';
import { simplifyShapes } from '../../src/lib/map/simplify.ts';

// `npx tsx scripts/bench/map.ts [--dir ../shared/boundaries/desa/jawa-barat] [--recolours 10]`:
// first render and recolouring of the village map in headless Chromium, with the page's own
// drawing code (src/lib/map/draw.ts, canvas renderer): every village of Jawa Barat from real
// boundaries (simplified as `npm run boundaries` does), then the schematic map of all 83,763 villages.
process.chdir(fileURLToPath(new URL('../..', import.meta.url)));

const arg = (name: string, dflt: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1]! : dflt;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (v: number) => `${Math.round(v)} ms`;

async function main(): Promise<void> {
	const dir = arg('dir', '../shared/boundaries/desa/jawa-barat');
	const recolours = Number(arg('recolours', '10'));
	const bundle = await build({
		entryPoints: ['scripts/bench/map-harness.ts'],
		bundle: true,
		write: false,
		format: 'iife',
		alias: { $lib: './src/lib' }
	});
	const browser = await launchBrowser();
	const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
	await page.setContent('<div id="map" style="width:1400px;height:1000px"></div>');
	await page.addStyleTag({ path: 'node_modules/leaflet/dist/leaflet.css' });
	await page.addScriptTag({ path: 'node_modules/leaflet/dist/leaflet.js' });
	await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
	const rows: string[] = [
		'| map | polygons | prepare (Node) | first render | recolour (median / max) |',
		'| --- | ---: | ---: | ---: | ---: |'
	];
	const runIn = (shapes: Shape[], outlines: Shape[], plane: boolean) =>
		page.evaluate(
			([s, o, p, n]) =>
				(
					window as unknown as {
						jbBench: {
							run: (...a: unknown[]) => Promise<{ firstRenderMs: number; recolourMs: number[] }>;
						};
					}
				).jbBench.run(s, o, p, n),
			[shapes, outlines, plane, recolours] as const
		);
	try {
		let files: string[] = [];
		try {
			files = readdirSync(dir).filter((f) => f.endsWith('.geojson'));
		} catch {
			console.error(`bench map: ${dir} is absent; skipping the real-boundary run`);
		}
		if (files.length) {
			let t = performance.now();
			const raw = files.flatMap((f) => parseBoundaries(readFileSync(join(dir, f), 'utf8')));
			const villages = simplifyShapes(raw, 0.00005);
			const kec = simplifyShapes(
				dissolve(raw, (s) => s.code.slice(0, 8)),
				0.00005
			);
			t = performance.now() - t;
			const r = await runIn(villages, kec, false);
			rows.push(
				`| Jawa Barat, real boundaries | ${villages.length.toLocaleString('en-US')} | ${ms(t)} | ${ms(r.firstRenderMs)} | ${ms(median(r.recolourMs))} / ${ms(Math.max(...r.recolourMs))} |`
			);
		}
		const csv = readFileSync('node_modules/idn-area-data/data/villages.csv', 'utf8')
			.trim()
			.split('\n')
			.slice(1);
		let t = performance.now();
		const tiles = hexLayout(csv.map((l) => ({ code: l.split(',')[0]!, name: null })));
		const hexes = hexShapes(tiles);
		t = performance.now() - t;
		const r = await runIn(hexes, [], true);
		rows.push(
			`| Indonesia, schematic | ${hexes.length.toLocaleString('en-US')} | ${ms(t)} | ${ms(r.firstRenderMs)} | ${ms(median(r.recolourMs))} / ${ms(Math.max(...r.recolourMs))} |`
		);
	} finally {
		await browser.close();
	}
	console.log(rows.join('\n'));
	console.log(
		'\nAims: first render ≤ 1 s, recolour ≤ 100 ms (Jawa Barat). Recolour = classify + setStyle + one frame.'
	);
}

void main();
