import type { Attachment } from 'svelte/attachments';
import type { TableColumn } from './table';

/**
 * A row's cells after its first as plain text, written straight into the row: most of a page's
 * DOM is table cells, and as Svelte blocks (an effect and a text node each, in a keyed list per
 * row) they were the largest part of a filter change's update after the chart's. Text only
 * (`textContent`), never HTML: the values come from data. The cells are written again when
 * anything `text` reads changes (the language) and removed with the row (not one by one).
 */
export function plainCells<R>(
	columns: TableColumn<R>[],
	row: R,
	text: (c: TableColumn<R>, r: R) => string
): Attachment<HTMLTableRowElement> {
	return (tr) => {
		const cells = columns.map((c) => {
			const td = document.createElement('td');
			if (c.numeric) td.className = 'num';
			td.dataset.col = c.key;
			td.dataset.value = String(c.value(row) ?? '');
			td.textContent = text(c, row);
			const note = c.thin?.(row);
			if (note) {
				td.classList.add('thin');
				td.title = note;
				const said = document.createElement('span');
				said.className = 'sr-only';
				said.textContent = ` (${note})`;
				td.append(said);
			}
			return td;
		});
		tr.append(...cells);
		return () => {
			// A row being removed is out of the document already: its cells go with it.
			if (tr.isConnected) for (const td of cells) td.remove();
		};
	};
}
