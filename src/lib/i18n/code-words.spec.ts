import { describe, expect, it } from 'vitest';
import { rules } from '$lib/report/rules';
import { codeLists } from './code-words';
import { messages } from './messages';

const families = [
	...Object.entries(codeLists).map(([f, codes]) => [f, [...codes]] as const),
	['rule_label', rules.map((r) => r.id)] as const
];

describe('code labels', () => {
	it.each(['id', 'en'] as const)('every code of every family has a worded label in %s', (l) => {
		for (const [family, codes] of families)
			for (const code of codes) {
				const label = (messages[l] as Record<string, string>)[`${family}_${code}`];
				expect(label, `${family}_${code}`).toMatch(/\S/);
				// A label is words, never the code itself (`city_forum`, `recent_absences`).
				expect(label, `${family}_${code}`).not.toMatch(/_/);
			}
	});
});
