import { asset } from '$app/paths';
import type { Connector, CsvSource, DataSource } from '$lib/db/duckdb';
import { initialProgress, type LoadProgress } from '$lib/db/progress';
import { faultOf, type DataFault } from '$lib/db/verify';
import { keptRows, loadImport, removeImport, type StoredImport } from '$lib/import/browser/store';
import { dataManifestSchema } from '$lib/schema/data-manifest';

/** Address of the manifest naming the data files the site ships. */
export const MANIFEST_PATH = '/data/manifest.json';

/** The site's own data, from its manifest: the two analytics files. */
async function siteData(): Promise<DataSource> {
	const res = await fetch(asset(MANIFEST_PATH), { cache: 'no-cache' });
	if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText} — ${MANIFEST_PATH}`);
	const m = dataManifestSchema.parse(await res.json());
	return {
		url: asset(`/data/${m.analytics.file}`),
		bytes: m.analytics.bytes,
		more: { url: asset(`/data/${m.more.file}`), bytes: m.more.bytes }
	};
}

/**
 * duckdb-wasm's bindings and Apache Arrow (about 50 kB gzipped) load apart from the app's first
 * scripts: the page paints its first view without them.
 */
const engineModule = () => import('$lib/db/duckdb');

/** Meta key/values an import writes, as the command-line importer does. */
export function importMeta(importedAt: string): Record<string, string> {
	return { synthetic: 'false', source: 'browser import', imported_at: importedAt };
}

/** The database start-up as UI state: progress, error, and the connector once ready. */
class Engine {
	progress = $state<LoadProgress>(initialProgress());
	error = $state<string | null>(null);
	/** Why the data could not be used (kind for the message, detail for the curious). */
	fault = $state.raw<DataFault | null>(null);
	db = $state<Connector | null>(null);
	/** The import on this device that is shown, or null when the site's own data is shown. */
	imported = $state.raw<StoredImport | null>(null);
	#subscribed = false;

	/** Starts (or retries) the engine and data load; safe to call more than once. */
	async start(): Promise<void> {
		this.error = null;
		this.fault = null;
		try {
			// The engine's scripts and the manifest travel side by side; the wasm's download
			// starts as soon as the engine's scripts are in, before the manifest names the data.
			const loading = engineModule().then((m) => {
				void m.prepareEngine().catch(() => undefined); // its failure surfaces in connect
				return m;
			});
			loading.catch(() => undefined); // awaited below
			const kept = await loadImport();
			const source: DataSource = kept
				? { ...keptRows(kept.info, kept.rows), meta: importMeta(kept.info.importedAt) }
				: await siteData();
			const mod = await loading;
			if (!this.#subscribed) mod.onLoadProgress((p) => (this.progress = p));
			this.#subscribed = true;
			this.db = await mod.connect(source);
			this.imported = kept?.info ?? null;
		} catch (e) {
			this.fault = faultOf(e);
			this.error = this.fault.detail;
		}
	}

	/**
	 * Shows other data: the new engine replaces the one in use only once it has loaded. A source
	 * still on its way (an import being checked) lets the engine start meanwhile.
	 */
	async replace(
		source: DataSource | Promise<CsvSource>,
		imported: StoredImport | null | Promise<StoredImport | null>
	): Promise<void> {
		const db = await (await engineModule()).replaceData(source);
		const info = await imported;
		this.db = db;
		this.imported = info;
	}

	/** Forgets the import on this device and shows the site's own data again. */
	async removeImported(): Promise<void> {
		await removeImport();
		await this.replace(await siteData(), null);
	}
}

/** The app's one engine. */
export const engine = new Engine();
