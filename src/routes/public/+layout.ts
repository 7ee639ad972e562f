// Public pages are rendered at build time into plain HTML: no client-side app, no data engine.
export const ssr = true;
export const csr = false;
export const prerender = true;
