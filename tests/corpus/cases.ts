import { bytes, header, syntax } from './cases-files';
import { cells, personal, relations, rules } from './cases-values';
import type { CorpusCase } from './kit';

export type { CorpusCase, Outcome } from './kit';

/** Every case of the corpus: bad inputs (and a few documented good ones) with their outcome. */
export const corpus: CorpusCase[] = [
	...bytes,
	...syntax,
	...header,
	...cells,
	...relations,
	...rules,
	...personal
];
