import { aidFields, figureKey, type AidField, type PublicFigures } from './figures';
import type { AidRow } from './rows';
import { sharePct, type Shown } from './suppress';

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

function line(f: PublicFigures, area: string, month: string): AidLine {
	const s = Object.fromEntries(
		aidFields.map((k) => [k, f.get(figureKey.aid(area, month, k))])
	) as Record<AidField, Shown>;
	return {
		month: month === '*' ? '' : month,
		riceKg: s.rice_kg,
		riceRecipients: s.rice_recipients,
		riceTarget: s.rice_target,
		ricePct: sharePct(s.rice_recipients, s.rice_target),
		milkPackages: s.milk_packages,
		milkRecipients: s.milk_recipients,
		milkTarget: s.milk_target,
		milkPct: sharePct(s.milk_recipients, s.milk_target)
	};
}

/** The monthly aid of an area with its total, as suppressed over the whole hierarchy. */
export function aidTable(f: PublicFigures, area: string, rows: AidRow[]): AidTable | null {
	if (rows.length === 0) return null;
	return { months: rows.map((r) => line(f, area, r.month)), total: line(f, area, '*') };
}
