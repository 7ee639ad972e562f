import { strToU8, zipSync } from 'fflate';

/** A cell to write: text (shared string), a number, a date as an Excel serial day, or empty. */
export type XlsxCell = string | number | { serial: number } | null;

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const colName = (i: number): string =>
	(i >= 26 ? colName(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));

/**
 * Writes a minimal Office Open XML workbook as Excel does: shared strings, numbers, and dates as
 * serial numbers styled `dd/mm/yyyy` (numFmt 14). For tests of the browser import.
 */
export function writeXlsx(sheets: { name: string; rows: XlsxCell[][] }[]): Uint8Array {
	const strings: string[] = [];
	const index = new Map<string, number>();
	const sst = (s: string) => {
		if (!index.has(s)) index.set(s, strings.push(s) - 1);
		return index.get(s)!;
	};
	const files: Record<string, Uint8Array> = {};
	sheets.forEach((sheet, n) => {
		const rows = sheet.rows.map((r, ri) => {
			const cells = r.map((v, ci) => {
				const ref = `${colName(ci)}${ri + 1}`;
				if (v === null || v === '') return '';
				if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
				if (typeof v === 'object') return `<c r="${ref}" s="1"><v>${v.serial}</v></c>`;
				return `<c r="${ref}" t="s"><v>${sst(v)}</v></c>`;
			});
			return `<row r="${ri + 1}">${cells.join('')}</row>`;
		});
		files[`xl/worksheets/sheet${n + 1}.xml`] = strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`
		);
	});
	const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
	const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
	files['xl/workbook.xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8"?><workbook ${ns} xmlns:r="${rel}"><sheets>${sheets
			.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
			.join('')}</sheets></workbook>`
	);
	files['xl/_rels/workbook.xml.rels'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
			.map(
				(_, i) =>
					`<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
			)
			.join('')}</Relationships>`
	);
	files['xl/styles.xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8"?><styleSheet ${ns}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`
	);
	files['xl/sharedStrings.xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8"?><sst ${ns}>${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`
	);
	files['[Content_Types].xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
	);
	return zipSync(files);
}

/** Days since 1899-12-30 of an ISO date: Excel's serial day number (1900 date system). */
export function excelSerial(isoDate: string): number {
	return (
		Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10)) / 86_400_000 +
		25569
	);
}
