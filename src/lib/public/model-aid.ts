import type { AidRow } from './rows';
import { sharePct, type Sheet, type Shown } from './suppress';

/** Aid of one month (or the total): rice and milk against target. */
export interface AidLine {
	month: string;
	riceKg: Shown;
	riceRecipients: Shown;
	riceTarget: Shown;
	ricePct: Shown;
	milkPackages: Shown;
	milkRecipients: Shown;
	milkTarget: Shown;
	milkPct: Shown;
}

/** The aid table of a page: one line per month and the total (null when no aid reached it). */
export interface AidTable {
	months: AidLine[];
	total: AidLine;
}

type Ids = Record<Exclude<keyof AidLine, 'month' | 'ricePct' | 'milkPct'>, number>;

function register(sheet: Sheet, r: Omit<AidRow, 'area' | 'month'>): Ids {
	const ids: Ids = {
		riceKg: sheet.measure(r.rice_kg),
		riceRecipients: sheet.count(r.rice_recipients),
		riceTarget: sheet.count(r.rice_target),
		milkPackages: sheet.measure(r.milk_packages),
		milkRecipients: sheet.count(r.milk_recipients),
		milkTarget: sheet.count(r.milk_target)
	};
	// Rice and milk are handed out per household: the amount would reveal the recipients.
	sheet.follows(ids.riceKg, ids.riceRecipients);
	sheet.follows(ids.milkPackages, ids.milkRecipients);
	return ids;
}

function line(sheet: Sheet, month: string, ids: Ids): AidLine {
	const s = (k: keyof Ids) => sheet.shown(ids[k]);
	return {
		month,
		riceKg: s('riceKg'),
		riceRecipients: s('riceRecipients'),
		riceTarget: s('riceTarget'),
		ricePct: sharePct(s('riceRecipients'), s('riceTarget')),
		milkPackages: s('milkPackages'),
		milkRecipients: s('milkRecipients'),
		milkTarget: s('milkTarget'),
		milkPct: sharePct(s('milkRecipients'), s('milkTarget'))
	};
}

const add = (a: number | null, b: number | null) =>
	a === null && b === null ? null : (a ?? 0) + (b ?? 0);

/** Registers an area's monthly aid on the sheet, with column totals. */
export function registerAid(sheet: Sheet, rows: AidRow[]): () => AidTable | null {
	if (rows.length === 0) return () => null;
	const months = rows.map((r) => ({ month: r.month, ids: register(sheet, r) }));
	const sum = rows.reduce((t, r) => ({
		...t,
		rice_kg: add(t.rice_kg, r.rice_kg),
		rice_recipients: add(t.rice_recipients, r.rice_recipients),
		rice_target: add(t.rice_target, r.rice_target),
		milk_packages: add(t.milk_packages, r.milk_packages),
		milk_recipients: add(t.milk_recipients, r.milk_recipients),
		milk_target: add(t.milk_target, r.milk_target)
	}));
	const total = register(sheet, sum);
	for (const k of Object.keys(total) as (keyof Ids)[])
		sheet.sum(
			total[k],
			months.map((m) => m.ids[k])
		);
	return () => ({
		months: months.map((m) => line(sheet, m.month, m.ids)),
		total: line(sheet, '', total)
	});
}
