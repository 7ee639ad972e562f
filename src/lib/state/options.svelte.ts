import type { Connector } from '$lib/db/duckdb';
import { optionQueries } from '$lib/queries/first-view';
import { agenciesQuery } from '$lib/queries/options';
import type { Row, Sql } from '$lib/sql';

/** A program choice. */
export interface ProgramOption {
	code: string;
	name: string;
	regency_code: string;
	/** Last day the program held an event (`YYYY-MM-DD`), if it held any. */
	last_day: string | null;
	/** Whether the data holds aid distributions / proposals of the program at all. */
	has_aid: boolean;
	has_proposals: boolean;
}
/** A region choice. */
export interface RegionOption {
	code: string;
	name: string;
	level: string;
	parent_code: string | null;
}

/** An agency choice, with the programs it serves at. */
export interface AgencyOption {
	code: string;
	short_name: string;
	name: string;
	programs: string[];
}

/** Agency choices from the rows of `agenciesQuery`. */
function agencyOptions(rows: Row[]): AgencyOption[] {
	return rows.map((x) => ({
		code: String(x.code),
		short_name: String(x.short_name),
		name: String(x.name),
		programs: x.programs ? String(x.programs).split(',') : []
	}));
}

/** `Kabupaten Pasuruan` -> `Kab. Pasuruan` (a Kota stays as it is). */
export function shortRegency(name: string): string {
	return name.replace(/^Kabupaten /, 'Kab. ');
}

/**
 * Whether another of `codes` goes by the same name as `code` (`nameOf` each): the one rule for
 * names listed together, which then need more (their regency, their kecamatan) to tell them apart.
 */
export function nameClashes(
	code: string,
	codes: Iterable<string>,
	nameOf: (code: string) => string | undefined
): boolean {
	const name = nameOf(code);
	for (const c of codes) if (c !== code && nameOf(c) === name) return true;
	return false;
}

/** What the filters offer, read once from the data: programs, regions, date extent. */
class Options {
	programs = $state.raw<ProgramOption[]>([]);
	regions = $state.raw<RegionOption[]>([]);
	agencies = $state.raw<AgencyOption[]>([]);
	firstDay = $state<string | null>(null);
	lastDay = $state<string | null>(null);
	synthetic = $state(false);
	/** When imported data was written into the data file (`meta.imported_at`), if known. */
	writtenAt = $state<string | null>(null);
	ready = $state(false);
	error = $state<string | null>(null);
	agenciesReady = $state(false);
	agenciesError = $state<string | null>(null);
	#loading: Promise<void> | null = null;
	#agencies: Promise<void> | null = null;
	#db: Connector | null = null;

	/**
	 * Loads the options once per database (again when other data replaced the data in use); after
	 * a failure (`error` set) a new call tries again.
	 */
	load(db: Connector): Promise<void> {
		if (db !== this.#db) {
			// The first engine takes over from the build-time options without hiding the page.
			if (this.#db !== null) this.ready = false;
			this.#db = db;
			this.#loading = this.#agencies = null;
			this.agenciesReady = false;
		}
		this.#loading ??= this.#fill((q) => db.query(q.sql, q.params)).catch((e: unknown) => {
			this.error = e instanceof Error ? e.message : String(e);
			this.#loading = null;
		});
		return this.#loading;
	}

	/**
	 * Shows the options computed at build time from the site's data (the first view) until the
	 * engine has loaded them; does nothing once it has.
	 */
	async fromFirstView(run: (q: Sql) => Promise<Row[]>): Promise<void> {
		if (this.#db !== null) return;
		await this.#fill(run).catch(() => undefined);
		// Pages that name agencies carry the agency choices too, so names do not change when the
		// engine takes over.
		const agencies = await run(agenciesQuery()).catch(() => null);
		if (agencies && this.#db === null) this.agencies = agencyOptions(agencies);
	}

	async #fill(run: (q: Sql) => Promise<Row[]>): Promise<void> {
		this.error = null;
		const [p, r, e, s, w] = await Promise.all(optionQueries().map(run));
		this.programs = p as unknown as ProgramOption[];
		this.regions = r as unknown as RegionOption[];
		this.firstDay = (e?.[0]?.first_day as string) ?? null;
		this.lastDay = (e?.[0]?.last_day as string) ?? null;
		this.synthetic = s?.[0]?.synthetic === true;
		this.writtenAt = (w?.[0]?.imported_at as string | null) ?? null;
		this.ready = true;
	}

	/**
	 * Loads the agency choices once, when a page needs them (not at start-up); after a failure
	 * (`agenciesError` set) a new call tries again.
	 */
	loadAgencies(db: Connector): Promise<void> {
		this.#agencies ??= (async () => {
			this.agenciesError = null;
			const q = agenciesQuery();
			this.agencies = agencyOptions(await db.query(q.sql, q.params));
			this.agenciesReady = true;
		})().catch((e: unknown) => {
			this.agenciesError = e instanceof Error ? e.message : String(e);
			this.#agencies = null;
		});
		return this.#agencies;
	}

	/** Regions one level below `parent` (regencies when `parent` is undefined). */
	children(parent: string | undefined, level: 'regency' | 'district' | 'village'): RegionOption[] {
		return this.regions.filter(
			(r) => r.level === level && (level === 'regency' || r.parent_code === parent)
		);
	}

	/**
	 * A region's name that tells it apart (the one naming rule): a kecamatan says its regency
	 * (`Purwosari · Kab. Pasuruan`), a village its kecamatan (`Kalirejo · Kec. Purwosari`). With
	 * `among` (the areas shown together), only when another of them has the same name: the
	 * kecamatan of one regency are named by their names alone.
	 */
	label(code: string, among?: Iterable<string>): string {
		const name = this.name(code) ?? code;
		if (among && !nameClashes(code, among, (c) => this.name(c) ?? c)) return name;
		if (code.length === 8) return `${name} · ${shortRegency(this.name(code.slice(0, 5)) ?? '')}`;
		if (code.length === 13) return `${name} · Kec. ${this.name(code.slice(0, 8)) ?? ''}`;
		return name;
	}

	/**
	 * An agency's name that tells it apart: its short name, with its regency when agencies of
	 * several regencies share that short name (`BPJS Kesehatan · Kab. Pasuruan`). With `among`
	 * (the agencies listed together), only those count: a table of one regency's agencies names
	 * none of them with its regency. `fallback` is shown until the agency choices are loaded.
	 */
	agencyLabel(code: string, fallback?: string, among?: ReadonlySet<string>): string {
		const a = this.agencies.find((x) => x.code === code);
		if (!a) return fallback ?? code;
		const short = (c: string) => this.#shortNames.get(c);
		if (!nameClashes(code, among ?? this.#shortNames.keys(), short)) return a.short_name;
		const regency = this.programs.find((p) => a.programs.includes(p.code))?.regency_code;
		const name = this.name(regency);
		return name ? `${a.short_name} · ${shortRegency(name)}` : `${a.short_name} (${a.code})`;
	}

	// Tables and lists name hundreds of areas at each filter change: a lookup, not a search.
	#names = $derived(new Map(this.regions.map((r) => [r.code, r.name])));
	#shortNames = $derived(new Map(this.agencies.map((a) => [a.code, a.short_name])));

	/** A region's name by code. */
	name(code: string | undefined): string | undefined {
		return code ? this.#names.get(code) : undefined;
	}
}

/** The app's filter options. */
export const options = new Options();
