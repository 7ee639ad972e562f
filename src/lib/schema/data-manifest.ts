import { z } from 'zod';

/** `data/manifest.json`: which data files the site ships, written next to them at build time. */
export const dataManifestSchema = z.object({
	/** Size and modification time of the full file the analytics file was made from. */
	source: z.string(),
	/** File name of the full data file (every table, also the raw record-level ones). */
	full: z.string(),
	/**
	 * The first analytics file the dashboard downloads (the overview's tables), zstd-compressed, named by
	 * the fingerprint of both analytics files (`hash`).
	 */
	analytics: z.object({
		file: z.string().regex(/^analytics\.[0-9a-f]+\.duckdb\.zst$/),
		/** Bytes of the compressed file (what travels). */
		bytes: z.number().int().positive(),
		/** Bytes once decompressed. */
		rawBytes: z.number().int().positive(),
		hash: z.string()
	}),
	/** The second analytics file (the other derived tables), attached once it arrives. */
	more: z.object({
		file: z.string().regex(/^analytics-more\.[0-9a-f]+\.duckdb\.zst$/),
		bytes: z.number().int().positive(),
		rawBytes: z.number().int().positive()
	})
});
/** The data manifest. */
export type DataManifest = z.infer<typeof dataManifestSchema>;
