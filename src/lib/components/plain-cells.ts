import type { Attachment } from 'svelte/attachments';
import type { TableColumn } from './table';

/** The plain cells last written into each row: a row's next data rewrite them in place. */
const written = new WeakMap<HTMLTableRowElement, HTMLTableCellElement[]>();

/** Writes column `c` of `row` into `td` (text only), changing only what differs. */
function fill<R>(
	td: HTMLTableCellElement,
	c: TableColumn<R>,
	row: R,
	text: (c: TableColumn<R>, r: R) => string
): HTMLTableCellElement {
	const note = c.thin?.(row);
	const value = String(c.value(row) ?? '');
	const className = [c.numeric ? 'num' : '', note ? 'thin' : ''].filter(Boolean).join(' ');
	if (td.className !== className) td.className = className;
	if (td.dataset.col !== c.key) td.dataset.col = c.key;
	if (td.dataset.value !== value) td.dataset.value = value;
	const shown = text(c, row);
	const said = note ? ` (${note})` : '';
	if (td.textContent !== shown + said) {
		td.textContent = shown;
		if (note) {
			const sr = document.createElement('span');
			sr.className = 'sr-only';
			sr.textContent = said;
			td.append(sr);
		}
	}
	if (note) td.title = note;
	else if (td.hasAttribute('title')) td.removeAttribute('title');
	return td;
}

/**
 * A row's cells after its first as plain text, written straight into the row: most of a page's
 * DOM is table cells, and as Svelte blocks (an effect and a text node each, in a keyed list per
 * row) they were the largest part of a filter change's update after the chart's. Text only
 * (`textContent`), never HTML: the values come from data. When the row's data or anything
 * `text` reads (the language) change, the row's cells are rewritten in place (a change of filters
 * gives most rows new figures: removing and creating their cells cost more than the rest of the
 * table's update); they go with the row when it is removed.
 */
export function plainCells<R>(
	columns: TableColumn<R>[],
	row: R,
	text: (c: TableColumn<R>, r: R) => string
): Attachment<HTMLTableRowElement> {
	return (tr) => {
		const old = written.get(tr) ?? [];
		const cells = columns.map((c, i) => fill(old[i] ?? document.createElement('td'), c, row, text));
		for (const td of old.slice(cells.length)) td.remove();
		for (const td of cells) if (td.parentNode !== tr) tr.append(td);
		written.set(tr, cells);
	};
}
