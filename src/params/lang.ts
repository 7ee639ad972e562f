import type { ParamMatcher } from '@sveltejs/kit';

/** The optional language segment of the public pages: only `en` (Indonesian has none). */
export const match: ParamMatcher = (param) => param === 'en';
