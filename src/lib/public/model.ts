import { eventsOf, type PublicBundle } from './bundle';
import { figureKey, figuresOf, type PublicFigures } from './figures';
import { aidTable, type AidTable } from './model-aid';
import { proposalsOf, type ProposalsModel } from './model-proposals';
import { requestsTable, type RequestsTable } from './model-requests';
import type { AreaRow } from './rows';
import { per1000, sharePct, type Shown } from './suppress';

/** A region as pages name and link it. */
export interface AreaRef {
	code: string;
	name: string;
	level: AreaRow['level'];
}

/** A service day as a page lists it. */
export interface EventLine {
	date: string;
	program: string;
	place: string;
	village: AreaRef | null;
	status: 'held' | 'cancelled' | 'postponed';
	visitors: Shown;
	present: number;
	scheduled: number;
}

/** An area inside the page's area, ranked by requests per 1,000 residents. */
export interface ChildLine {
	area: AreaRef;
	population: number | null;
	requests: Shown;
	per1000: Shown;
	eventsHeld: number;
	lastVisit: string | null;
}

/** Everything one public page shows, with small numbers already suppressed. */
export interface AreaPage {
	area: AreaRef;
	population: number | null;
	/** Parents, regency first. */
	trail: AreaRef[];
	programs: string[];
	/** Codes of the programs that serve the area (`programs` are their names). */
	programCodes: string[];
	/** The period the figures count: every day of the data. */
	firstDay: string;
	lastDay: string;
	synthetic: boolean;
	lastVisit: string | null;
	nextVisit: string | null;
	eventsHeld: number;
	visitors: Shown;
	requests: RequestsTable;
	resolvedPct: Shown;
	aid: AidTable | null;
	proposals: ProposalsModel;
	events: EventLine[];
	children: ChildLine[];
	/** Villages inside the area with no service day in the 12 months before the last day of data. */
	notVisited: (AreaRef & { lastVisit: string | null; district: string | null })[];
}

const ref = (a: AreaRow): AreaRef => ({ code: a.code, name: a.name, level: a.level });

/** The day one year before an ISO day. */
export function yearBefore(day: string): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCFullYear(d.getUTCFullYear() - 1);
	return d.toISOString().slice(0, 10);
}

/** Villages inside an area (the area itself for a village). */
function villagesOf(b: PublicBundle, a: AreaRow): AreaRow[] {
	if (a.level === 'village') return [a];
	return (b.children.get(a.code) ?? []).flatMap((c) => villagesOf(b, c));
}

/**
 * Builds the page of one area from the figures of the whole build (`f`: suppressed once over
 * every page, so no page reveals what another hides).
 */
export function areaPage(b: PublicBundle, code: string, f: PublicFigures = figuresOf(b)): AreaPage {
	const a = b.areas.get(code);
	if (!a) throw new Error(`no area ${code}`);
	const events = eventsOf(b, a);
	const kids = a.level === 'village' ? [] : (b.children.get(code) ?? []);
	const table = requestsTable(f, code, b.requests.get(code) ?? []);
	const resolved: Shown =
		table.totals.on_site.m || table.totals.resolved.m
			? { v: null, m: 'hidden' }
			: { v: (table.totals.on_site.v ?? 0) + (table.totals.resolved.v ?? 0), m: null };
	const since = yearBefore(b.lastDay);
	const programCodes = a.programs.split(',').filter(Boolean);
	const trail = [a.code.slice(0, 5), a.code.slice(0, 8)]
		.filter((c) => c.length < a.code.length)
		.map((c) => b.areas.get(c))
		.filter((x): x is AreaRow => !!x)
		.map(ref);
	return {
		area: ref(a),
		population: a.population,
		trail,
		programs: programCodes.map((p) => b.programNames.get(p) ?? p),
		programCodes,
		firstDay: b.firstDay,
		lastDay: b.lastDay,
		synthetic: b.synthetic,
		lastVisit: a.last_visit,
		nextVisit: a.next_visit,
		eventsHeld: a.events_held,
		visitors: f.get(figureKey.visitors(code)),
		requests: table,
		resolvedPct: sharePct(resolved, table.grand),
		aid: aidTable(f, code, b.aid.get(code) ?? []),
		proposals: proposalsOf(b, f, a),
		events: events.map((e) => {
			const v = b.areas.get(e.village_code);
			return {
				date: e.date,
				program: b.programNames.get(e.program) ?? e.program,
				place: e.venue ?? v?.name ?? e.village_code,
				village: v ? ref(v) : null,
				status: e.status,
				visitors: f.event(e),
				present: e.agencies_present,
				scheduled: e.agencies_scheduled
			};
		}),
		children: kids
			.map((k) => {
				const requests = f.get(figureKey.requests(k.code, '*', '*'));
				return {
					area: ref(k),
					population: k.population,
					requests,
					per1000: per1000(requests, k.population),
					eventsHeld: k.events_held,
					lastVisit: k.last_visit
				};
			})
			.sort(
				(x, y) =>
					(y.per1000.v ?? -1) - (x.per1000.v ?? -1) || x.area.name.localeCompare(y.area.name)
			),
		notVisited:
			a.level === 'village'
				? []
				: villagesOf(b, a)
						.filter((v) => !v.last_visit || v.last_visit <= since)
						.map((v) => ({ ...ref(v), lastVisit: v.last_visit, district: v.district_name }))
	};
}
