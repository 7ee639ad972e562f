/** A column of a CSV export: header text and how to read the cell from a row. */
export interface CsvColumn<R> {
	header: string;
	value: (row: R) => string | number | boolean | null | undefined;
}

/** Neutralises a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR). */
export function safeCell(v: string | number | boolean | null | undefined): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
	let s = String(v);
	if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Rows to CSV text (RFC 4180, CRLF line ends); numbers stay raw so spreadsheets can compute. */
export function toCsv<R>(rows: R[], columns: CsvColumn<R>[]): string {
	const lines = [columns.map((c) => safeCell(c.header)).join(',')];
	for (const r of rows) lines.push(columns.map((c) => safeCell(c.value(r))).join(','));
	return lines.join('\r\n') + '\r\n';
}

/** Offers text (CSV with a BOM), a data URL or a Blob as a file download. */
export function download(
	filename: string,
	content: string | Blob,
	type = 'text/csv;charset=utf-8'
): void {
	const isUrl = typeof content === 'string' && content.startsWith('data:');
	const href = isUrl
		? (content as string)
		: URL.createObjectURL(
				typeof content === 'string' ? new Blob(['\ufeff' + content], { type }) : content
			);
	const a = document.createElement('a');
	a.href = href;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	if (!isUrl) setTimeout(() => URL.revokeObjectURL(href), 1000);
}
