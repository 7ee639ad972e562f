// Stands in for @duckdb/duckdb-wasm in the server build. The public pages are rendered at build
// time and share the root layout, which imports the engine module; the engine is only started
// in the browser, so on the server nothing from duckdb-wasm is ever called.
export {};
