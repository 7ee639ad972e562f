import { describe, expect, it } from 'vitest';
import { enImport } from '$lib/i18n/en-import';
import { fill } from '$lib/i18n/format';
import { idImport } from '$lib/i18n/id-import';
import type { Table } from '$lib/schema/define';
import { tableByName } from '$lib/schema/index';
import { readTableFile } from './file-reader';
import { ProblemLog } from './problems';

// Bad cells of every kind the row checks word (proposals has text, numbers, dates, a boolean,
// a listed value and free text), one row each.
const header =
	'proposal_id,program,source,event_id,village_code,rt,rw,plan_year,category,title,estimated_cost,submitted_at,stage,answered,agency_code,updated_at';
const good = [
	'P-1',
	'musrenbang',
	'musrenbang',
	'',
	'32.75.05.1002',
	'004',
	'002',
	'2026',
	'infrastruktur',
	'Saluran air',
	'1500',
	'2025-01-22',
	'kecamatan',
	'true',
	'DPUPR',
	'2025-04-10'
];
const bad: [column: string, value: string][] = [
	['estimated_cost', '1.000'],
	['estimated_cost', 'Rp 5.000'],
	['estimated_cost', '-5'],
	['plan_year', '"2026,5"'],
	['plan_year', '99999999999'],
	['submitted_at', '22/01/2025'],
	['submitted_at', '2025-02-30'],
	['answered', 'mungkin'],
	['stage', 'provinsi'],
	['village_code', '32.75'],
	['title', 'Jalan\u0001desa'],
	['title', 'Hubungi 0812-3456-7890'],
	['title', 'NIK 3514010101900001'],
	['proposal_id', '']
];

describe('row-level problem details in Indonesian and English', () => {
	it('words every cell problem by an i18n key of both languages, every slot filled', async () => {
		const cols = header.split(',');
		const lines = [
			header,
			...bad.map(([c, v], i) =>
				good.map((g, k) => (k === 0 ? `P-${i + 2}` : g)).map((g, k) => (cols[k] === c ? v : g))
			),
			['P-99', 'musrenbang'] // fewer cells than the header
		].map((l) => (Array.isArray(l) ? l.join(',') : l));
		const log = new ProblemLog(100, 100);
		await readTableFile(
			tableByName('proposals') as Table,
			'proposals.csv',
			(async function* () {
				yield new TextEncoder().encode(lines.join('\n'));
			})(),
			log,
			() => undefined
		);
		expect(log.kept.length).toBe(bad.length + 1);
		const keys = new Set<string>();
		for (const p of log.kept) {
			expect(p.detail, p.message).toBeDefined();
			const { key, values } = p.detail!;
			keys.add(key);
			const id = fill(idImport[key as keyof typeof idImport], values);
			const en = fill(enImport[key as keyof typeof enImport], values);
			expect(id, key).not.toMatch(/[{}]/);
			expect(en, key).not.toMatch(/[{}]/);
			expect(id).not.toBe(en);
			// The type checks' own words are the command line's message, in English.
			if (p.kind !== 'value') expect(en).toBe(p.message);
		}
		expect(keys.size).toBe(15);
	});
});
