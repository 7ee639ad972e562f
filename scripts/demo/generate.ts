import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAid } from './aid';
import { buildCatalog, PROGRAMS } from './catalog';
import { DATE_FROM, DATE_TO, isoDay } from './calendar';
import { CsvWriter, type Cell } from '../datafile/csv';
import { DEFAULT_OUT, writeDatabase } from '../datafile/database';
import { buildEvents } from './events';
import { buildProposals } from './proposals';
import { loadGeography } from './regions';
import { allocate, setVisitors } from './allocation';
import { REQUEST_HEADER, writeRequests } from './requests';
import { tables } from '../../src/lib/schema/index';

/** Version of the generator, stored in `meta`; bump when the output changes on purpose. */
export const GENERATOR_VERSION = '1';
/** Default folder of the sample CSV files. */
export const DEFAULT_SAMPLES = 'data/samples';
/** Allowed range of `--requests`. */
export const REQUESTS_MIN = 100_000;
/** Allowed range of `--requests`. */
export const REQUESTS_MAX = 10_000_000;

/** Options of `generate`; every field has a default. */
export interface GenerateOptions {
	requests?: number;
	seed?: number | string;
	out?: string;
	/** Folder for the 100-row sample CSVs; `null` writes none. */
	samples?: string | null;
	quiet?: boolean;
}

/** What `generate` did: rows per table, seconds taken, where it wrote. */
export interface GenerateResult {
	out: string;
	counts: Record<string, number>;
	seconds: number;
}

function header(table: string): string {
	const t = tables.find((x) => x.name === table)!;
	return Object.keys(t.columns).join(',');
}

function writeTable(dir: string, table: string, rows: Iterable<readonly Cell[]>): string {
	const w = new CsvWriter(join(dir, `${table}.csv`), header(table));
	for (const r of rows) w.row(r);
	w.close();
	return w.path;
}

/** Generates the synthetic demo database (deterministic for a given seed and request count). */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
	const started = performance.now();
	const requests = options.requests ?? 1_000_000;
	const seed = options.seed ?? 1;
	const out = options.out ?? DEFAULT_OUT;
	if (!Number.isInteger(requests) || requests < REQUESTS_MIN || requests > REQUESTS_MAX)
		throw new Error(
			`--requests must be a whole number from ${REQUESTS_MIN} to ${REQUESTS_MAX}, got ${requests}`
		);
	const log = options.quiet ? () => {} : (s: string) => console.log(s);
	const dir = mkdtempSync(join(tmpdir(), 'jemput-bola-'));
	try {
		const geo = loadGeography();
		const { agencies, services } = buildCatalog();
		const events = buildEvents(geo, seed);
		const alloc = allocate(requests, events);
		setVisitors(events, alloc, seed);
		const csv: Record<string, string> = {};
		csv.programs = writeTable(
			dir,
			'programs',
			PROGRAMS.map((p) => [p.code, p.name, p.regency_code, p.description])
		);
		csv.regions = writeTable(
			dir,
			'regions',
			geo.rows.map((r) => [r.code, r.name, r.level, r.parent_code, r.population, r.households])
		);
		csv.agencies = writeTable(
			dir,
			'agencies',
			agencies.map((a) => [a.code, a.name, a.short_name, a.kind])
		);
		csv.services = writeTable(
			dir,
			'services',
			services.map((s) => [s.code, s.name, s.agency_code, s.category, s.paid])
		);
		csv.events = writeTable(
			dir,
			'events',
			events.map((e) => [
				e.id,
				e.program,
				e.regency,
				e.district,
				e.village.code,
				e.venue,
				isoDay(e.day),
				e.status,
				e.visitors
			])
		);
		csv.event_agencies = writeTable(
			dir,
			'event_agencies',
			events.flatMap((e) => e.attendance.map((a) => [e.id, a.agency, a.status, a.staff]))
		);
		const rw = new CsvWriter(join(dir, 'requests.csv'), REQUEST_HEADER);
		writeRequests(geo, events, services, alloc, seed, (line) => rw.line(line));
		rw.close();
		csv.requests = rw.path;
		csv.aid_distributions = writeTable(dir, 'aid_distributions', buildAid(geo, events, seed));
		csv.proposals = writeTable(dir, 'proposals', buildProposals(geo, events, seed));
		log(`generated CSV in ${((performance.now() - started) / 1000).toFixed(1)} s, writing ${out}`);
		const counts = await writeDatabase(out, {
			csv,
			samplesDir: options.samples === null ? undefined : (options.samples ?? DEFAULT_SAMPLES),
			meta: {
				synthetic: 'true',
				seed: String(seed),
				requests: String(requests),
				date_from: DATE_FROM,
				date_to: DATE_TO,
				generator_version: GENERATOR_VERSION
			}
		});
		const seconds = (performance.now() - started) / 1000;
		log(summary(counts, seconds, out));
		return { out, counts, seconds };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** A small text table of row counts and the time taken. */
export function summary(counts: Record<string, number>, seconds: number, out: string): string {
	const w = Math.max(...Object.keys(counts).map((k) => k.length));
	const lines = Object.entries(counts).map(
		([k, n]) => `  ${k.padEnd(w)}  ${n.toLocaleString('en-US').padStart(12)}`
	);
	return [
		`${out}`,
		...lines,
		`  ${'time'.padEnd(w)}  ${`${seconds.toFixed(1)} s`.padStart(12)}`
	].join('\n');
}
