/**
 * Record-level tables that stay out of the analytics file the dashboard downloads: no page
 * aggregates them (the derived tables of `summaries.ts` carry their figures). The few views that
 * list record-level detail read them lazily from the full file (`QueryOptions.raw`).
 */
export const ANALYTICS_TABLES_EXCLUDED: readonly string[] = ['requests'];
