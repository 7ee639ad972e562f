import Papa from 'papaparse';

/** A problem in an input file, located as a spreadsheet user would find it. */
export interface ImportIssue {
	/** 1-based line in the file (the header is line 1). */
	line: number;
	/** 1-based column number, when known. */
	column?: number;
	/** Column name, when known. */
	field?: string;
	message: string;
}

/** A parsed CSV file: header and data rows as strings. */
export interface ParsedCsv {
	header: string[];
	rows: string[][];
	issues: ImportIssue[];
}

/** Parses CSV text (delimiter sniffed: comma or semicolon, as Indonesian Excel writes it). */
export function parseCsv(text: string): ParsedCsv {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const res = Papa.parse<string[]>(clean, {
		skipEmptyLines: 'greedy',
		delimitersToGuess: [',', ';', '\t']
	});
	const issues: ImportIssue[] = res.errors.map((e) => ({
		line: (e.row ?? 0) + 1,
		message: `${e.code}: ${e.message}`
	}));
	const [header = [], ...rows] = res.data;
	const width = header.length;
	rows.forEach((r, i) => {
		if (r.length !== width && !issues.some((x) => x.line === i + 2))
			issues.push({ line: i + 2, message: `expected ${width} fields, found ${r.length}` });
	});
	return { header: header.map((h) => h.trim()), rows, issues };
}
