import { z } from 'zod';
import type { CsvSource } from '$lib/db/duckdb';
import { loadFromStageSql, stageName } from '../relations';

/** What is kept about an import on this device next to its clean rows (one file per table). */
export const storedImportSchema = z.object({
	importedAt: z.string(),
	files: z.array(z.object({ name: z.string(), table: z.string(), rows: z.number() })),
	tables: z.array(z.string()),
	/** How the rows are kept: Arrow streams as staged (`staged.ts`), or CSVs (imports of before). */
	format: z.enum(['arrow', 'csv']).default('csv'),
	/** Arrow: the byte length of each part (one IPC stream per batch) of each table's file. */
	parts: z.record(z.string(), z.array(z.number().int().nonnegative())).default({})
});
/** The description of an import kept on this device. */
export type StoredImport = z.infer<typeof storedImportSchema>;

/** The kept file of a table's rows. */
const fileOf = (info: StoredImport, table: string) => `${table}.${info.format}`;

const DIR = 'jemput-bola-import';
const MANIFEST = 'manifest.json';

async function folder(create: boolean): Promise<FileSystemDirectoryHandle | null> {
	if (!globalThis.navigator?.storage?.getDirectory) return null;
	const root = await navigator.storage.getDirectory();
	return root.getDirectoryHandle(DIR, { create }).catch(() => null);
}

async function write(dir: FileSystemDirectoryHandle, name: string, data: BlobPart): Promise<void> {
	const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
	await w.write(new Blob([data]));
	await w.close();
}

/**
 * Keeps an import in the browser's private file system (OPFS) until removed: one file of clean
 * rows per table (in `info.format`; its parts one after the other), then the manifest, written
 * last so a half-written import is never read back.
 */
export async function saveImport(
	info: StoredImport,
	rows: Record<string, Uint8Array[]>
): Promise<boolean> {
	await removeImport();
	const dir = await folder(true);
	if (!dir) return false;
	const parts: StoredImport['parts'] = {};
	for (const [t, list] of Object.entries(rows)) {
		await write(dir, fileOf(info, t), new Blob(list as BlobPart[]));
		parts[t] = list.map((b) => b.byteLength);
	}
	await write(dir, MANIFEST, JSON.stringify({ ...info, parts }));
	return true;
}

/** A kept file cut back into its parts, each its own buffer (a CSV is one part). */
function split(info: StoredImport, table: string, bytes: Uint8Array): Uint8Array[] {
	const lengths = info.format === 'arrow' ? info.parts[table] : undefined;
	if (!lengths) return [bytes];
	let at = 0;
	return lengths.map((n) => bytes.slice(at, (at += n)));
}

/** The import kept on this device with its rows per table, or null (none, or unreadable). */
export async function loadImport(): Promise<{
	info: StoredImport;
	rows: Record<string, Uint8Array[]>;
} | null> {
	try {
		const dir = await folder(false);
		if (!dir) return null;
		const text = await (await (await dir.getFileHandle(MANIFEST)).getFile()).text();
		const info = storedImportSchema.parse(JSON.parse(text));
		const rows: Record<string, Uint8Array[]> = {};
		for (const t of info.tables) {
			const file = await (await dir.getFileHandle(fileOf(info, t))).getFile();
			rows[t] = split(info, t, new Uint8Array(await file.arrayBuffer()));
		}
		return { info, rows };
	} catch {
		return null;
	}
}

/** Whether an import is kept on this device (its manifest exists), without reading its files. */
export async function hasImport(): Promise<boolean> {
	try {
		const dir = await folder(false);
		return dir ? Boolean(await dir.getFileHandle(MANIFEST)) : false;
	} catch {
		return false;
	}
}

/** Removes the import kept on this device (the site's own data is shown again). */
export async function removeImport(): Promise<void> {
	if (!globalThis.navigator?.storage?.getDirectory) return;
	const root = await navigator.storage.getDirectory();
	await root.removeEntry(DIR, { recursive: true }).catch(() => undefined);
}

/** The engine's source of a kept import's rows: Arrow as stage tables, or CSVs of before. */
export function keptRows(
	info: StoredImport,
	rows: Record<string, Uint8Array[]>
): Pick<CsvSource, 'csv' | 'arrow' | 'load'> {
	if (info.format === 'csv')
		return { csv: Object.fromEntries(Object.entries(rows).map(([t, [b]]) => [t, b!])) };
	const parts = Object.entries(rows).flatMap(([t, list]) =>
		list.map((bytes) => ({ name: stageName(t), bytes }))
	);
	return {
		arrow: (async function* () {
			yield* parts;
		})(),
		load: loadFromStageSql
	};
}
