import { asset } from '$app/paths';
import { connect, onLoadProgress, type Connector } from '$lib/db/duckdb';
import { initialProgress, type LoadProgress } from '$lib/db/progress';

/** Address of the data file the site ships. */
export const DATA_PATH = '/data/jemput-bola.duckdb';

/** The database start-up as UI state: progress, error, and the connector once ready. */
class Engine {
	progress = $state<LoadProgress>(initialProgress());
	error = $state<string | null>(null);
	db = $state<Connector | null>(null);
	#subscribed = false;

	/** Starts (or retries) the engine and data load; safe to call more than once. */
	async start(): Promise<void> {
		this.error = null;
		if (!this.#subscribed) onLoadProgress((p) => (this.progress = p));
		this.#subscribed = true;
		try {
			this.db = await connect(asset(DATA_PATH));
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}
}

/** The app's one engine. */
export const engine = new Engine();
