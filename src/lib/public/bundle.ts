import type {
	AidRow,
	AreaRow,
	EventRow,
	ProposalListRow,
	ProposalStageRow,
	RequestRow
} from './rows';

/** Everything the public pages are built from, as the bulk queries return it. */
export interface PublicRows {
	/** First and last day with data (ISO): the period the pages' figures count. */
	firstDay: string;
	lastDay: string;
	/** Whether the data set is the synthetic demo. */
	synthetic: boolean;
	programs: { code: string; name: string }[];
	areas: AreaRow[];
	events: EventRow[];
	requests: RequestRow[];
	aid: AidRow[];
	proposalStages: ProposalStageRow[];
	proposalList: ProposalListRow[];
}

/** The bulk rows indexed by area code, so each page picks its slice without a query. */
export interface PublicBundle {
	firstDay: string;
	lastDay: string;
	synthetic: boolean;
	programNames: Map<string, string>;
	areas: Map<string, AreaRow>;
	/** Areas one level down, by parent code, in code order. */
	children: Map<string, AreaRow[]>;
	/** Service days by kecamatan code, newest first. */
	eventsByDistrict: Map<string, EventRow[]>;
	requests: Map<string, RequestRow[]>;
	aid: Map<string, AidRow[]>;
	proposalStages: Map<string, ProposalStageRow[]>;
	proposalList: Map<string, ProposalListRow[]>;
}

function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const r of rows) {
		const k = key(r);
		const list = out.get(k);
		if (list) list.push(r);
		else out.set(k, [r]);
	}
	return out;
}

/** Indexes the bulk rows by area. */
export function buildBundle(rows: PublicRows): PublicBundle {
	return {
		firstDay: rows.firstDay,
		lastDay: rows.lastDay,
		synthetic: rows.synthetic,
		programNames: new Map(rows.programs.map((p) => [p.code, p.name])),
		areas: new Map(rows.areas.map((a) => [a.code, a])),
		children: groupBy(
			rows.areas.filter((a) => a.level !== 'regency'),
			(a) => a.code.slice(0, a.level === 'village' ? 8 : 5)
		),
		eventsByDistrict: groupBy(rows.events, (e) => e.village_code.slice(0, 8)),
		requests: groupBy(rows.requests, (r) => r.area),
		aid: groupBy(rows.aid, (r) => r.area),
		proposalStages: groupBy(rows.proposalStages, (r) => r.area),
		proposalList: groupBy(rows.proposalList, (r) => r.area)
	};
}

/** The service days of an area: in its kecamatan for a village (in or near), else inside it. */
export function eventsOf(b: PublicBundle, area: AreaRow): EventRow[] {
	if (area.level !== 'regency') return b.eventsByDistrict.get(area.code.slice(0, 8)) ?? [];
	return (b.children.get(area.code) ?? [])
		.flatMap((d) => b.eventsByDistrict.get(d.code) ?? [])
		.sort((x, y) => y.date.localeCompare(x.date) || x.village_code.localeCompare(y.village_code));
}
