import type { Table } from '$lib/schema/define';

/**
 * A column name as Indonesian exports spell it, folded for matching: lower case, every run of
 * spaces, dots, dashes or slashes one `_` (`No. HP` → `no_hp`, `Tanggal Lahir` → `tanggal_lahir`).
 */
export function foldName(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_|_$/g, '');
}

/**
 * Column names that carry personal data (matched on the folded name, as whole words): identity
 * numbers, names, phone numbers, addresses, e-mail, birth details and family ties.
 */
export const personalColumnPatterns: RegExp[] = [
	/(^|_)(nik|nkk|no_?kk|kk|ktp|npwp|nomor_induk|no_induk|passport|paspor)(_|$)/,
	/(^|_)(nama|name|fullname|full_name)(_|$)/,
	/(^|_)(phone|telepon|telpon|telp|tlp|hp|handphone|ponsel|mobile|wa|whatsapp|msisdn)(_|$)/,
	/(^|_)(alamat|address|email|e_mail|surel|domisili)(_|$)/,
	/(^|_)(ttl|birth|lahir|dob|tgl_lahir|umur|usia|age)(_|$)/,
	/(^|_)(ibu_kandung|mother|ayah|father)(_|$)/
];

/** Whether a column name looks personal. */
export function isPersonalColumn(name: string): boolean {
	const f = foldName(name);
	return personalColumnPatterns.some((p) => p.test(f));
}

/** A 16-digit number standing alone: the shape of a NIK or KK number. */
const nikLike = /(?<![0-9])[0-9]{16}(?![0-9])/;
/** An Indonesian mobile number: +62 / 62 / 0, then 8 and 8–11 more digits, spaces, dots or dashes allowed. */
const phoneLike = /(?<![0-9])(?:\+62|62|0)[ .-]?8[0-9](?:[ .-]?[0-9]){6,10}(?![0-9])/;

/** What a personal-looking value inside free text is, or null. */
export function personalValue(text: string): string | null {
	if (nikLike.test(text)) return 'a 16-digit number (NIK or KK)';
	if (phoneLike.test(text)) return 'a phone number';
	return null;
}

/**
 * Free-text columns of a table: text that is not a key, a code or a listed value (`venue`,
 * `title`, `name`, `description`…). Personal-looking values are looked for in these.
 */
export function freeTextColumns(table: Table): string[] {
	return Object.entries(table.columns)
		.filter(
			([name, c]) =>
				c.sql === 'VARCHAR' &&
				!table.primaryKey.includes(name) &&
				!/(^|_)(id|code)$/.test(name) &&
				c.schema.safeParse('Balai Desa 2').success
		)
		.map(([name]) => name);
}
