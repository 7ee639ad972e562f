import { engine } from './engine.svelte';
import { options } from './options.svelte';

/**
 * Loads the agency choices once the engine is up, so that `options.agencyLabel` can tell apart
 * agencies of several regencies; call it while a component initialises.
 */
export function useAgencyNames(): void {
	$effect(() => {
		if (engine.db) void options.loadAgencies(engine.db);
	});
}
