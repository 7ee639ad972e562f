/** Delimiters a CSV file may use, and their names. */
const delimiters = [',', ';', '\t'];
const names: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** The delimiter's name for messages. */
export function delimiterName(d: string): string {
	return names[d] ?? JSON.stringify(d);
}

/** Picks the delimiter that occurs most often outside quotes in the header line (comma on a tie). */
export function sniffDelimiter(headerLine: string): string {
	let quoted = false;
	const n = new Map<string, number>(delimiters.map((d) => [d, 0]));
	for (const ch of headerLine) {
		if (ch === '"') quoted = !quoted;
		else if (!quoted && n.has(ch)) n.set(ch, n.get(ch)! + 1);
	}
	let best = ',';
	for (const d of delimiters) if (n.get(d)! > n.get(best)!) best = d;
	return best;
}
