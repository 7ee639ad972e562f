import { agencies } from './agencies';
import { aidDistributions } from './aid-distributions';
import { eventAgencies } from './event-agencies';
import { events } from './events';
import { programs } from './programs';
import { proposals } from './proposals';
import { regions } from './regions';
import { requests } from './requests';
import { services } from './services';
import type { Table } from './define';

/** Every table of the data contract, in load order (referenced tables first). */
export const tables: Table[] = [
	programs,
	regions,
	agencies,
	services,
	events,
	eventAgencies,
	requests,
	aidDistributions,
	proposals
] as unknown as Table[];

/** The names of the contract tables, in load order (`tables`' names: a unit test checks it). */
export const tableNames = [
	'programs',
	'regions',
	'agencies',
	'services',
	'events',
	'event_agencies',
	'requests',
	'aid_distributions',
	'proposals'
] as const;

/** Tables a data set must bring; the others may be absent (an empty table is written). */
export const requiredTables = ['programs', 'agencies', 'events', 'event_agencies', 'requests'];

/** Finds a contract table by name. */
export function tableByName(name: string): Table | undefined {
	return tables.find((t) => t.name === name);
}
