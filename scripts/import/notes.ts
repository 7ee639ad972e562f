import type { FileReport } from '../../src/lib/import/file-reader';

/** What an import says about one clean file: encoding, delimiter, dropped columns, normalised values. */
export function fileNotes(name: string, r: FileReport): string[] {
	const notes = [`${name}: ${r.rows.toLocaleString('en')} rows, ${r.encoding}, ${r.delimiter}`];
	if (r.droppedPersonal.length)
		notes.push(`${name}: dropped personal columns ${r.droppedPersonal.join(', ')}`);
	const other = r.dropped.filter((c) => !r.droppedPersonal.includes(c));
	if (other.length) notes.push(`${name}: ignored columns not in the contract ${other.join(', ')}`);
	if (r.missingOptional.length)
		notes.push(`${name}: optional columns absent, left empty: ${r.missingOptional.join(', ')}`);
	for (const n of r.normalised)
		notes.push(
			`${name}: column ${n.field}: ${n.count.toLocaleString('en')} values normalised (first on line ${n.firstLine}: ${n.example})`
		);
	return notes;
}
