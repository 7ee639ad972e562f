import { DAYS, progress, weekday } from './calendar';
import type { DemoEvent } from './events';
import { PROGRAM_MIX } from './request-mix';
import { apportion, Rng } from './rng';

/** Requests per event and per day outside events, fixed before any row is written. */
export interface Allocation {
	perEvent: Map<DemoEvent, number>;
	/** program → requests outside events on each day. */
	remotePerDay: Map<string, number[]>;
}

/** Splits `total` requests over programs, held events (by weight) and days (weekday-weighted). */
export function allocate(total: number, events: DemoEvent[]): Allocation {
	const programs = Object.keys(PROGRAM_MIX);
	const perProgram = apportion(
		total,
		programs.map((p) => PROGRAM_MIX[p]!.share)
	);
	const perEvent = new Map<DemoEvent, number>();
	const remotePerDay = new Map<string, number[]>();
	const dayWeights = Array.from({ length: DAYS }, (_, d) => {
		const wd = weekday(d);
		return (wd === 0 ? 0.2 : wd === 6 ? 0.35 : 1) * (1 + 0.5 * progress(d));
	});
	programs.forEach((p, i) => {
		const n = perProgram[i]!;
		const held = events.filter((e) => e.program === p && e.status === 'held');
		const atEvents = Math.round(n * PROGRAM_MIX[p]!.atEvents);
		apportion(
			atEvents,
			held.map((e) => e.weight)
		).forEach((k, j) => perEvent.set(held[j]!, k));
		remotePerDay.set(p, apportion(n - atEvents, dayWeights));
	});
	return { perEvent, remotePerDay };
}

/** Sets `visitors` of held events from their request volume (every visitor makes 1–1.5 requests). */
export function setVisitors(events: DemoEvent[], alloc: Allocation, seed: string | number): void {
	const rng = new Rng(`${seed}:visitors`);
	for (const e of events) {
		if (e.status !== 'held') continue;
		const n = alloc.perEvent.get(e) ?? 0;
		const v = Math.ceil(n / (1.05 + rng.next() * 0.45));
		e.visitors = e.program === 'musrenbang' ? Math.max(v, rng.int(60, 180)) : v;
	}
}
