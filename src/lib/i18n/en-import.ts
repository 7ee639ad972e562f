import type { idImport } from './id-import';

/** English words of the import page's problem kinds (label and what to do). */
export const enImport: Record<keyof typeof idImport, string> = {
	problem_file: 'File',
	problem_file_help: 'A file is not recognised, empty, given twice or missing.',
	problem_encoding: 'Encoding',
	problem_encoding_help: 'The text cannot be read: save the whole file again as UTF-8 CSV.',
	problem_csv: 'CSV structure',
	problem_csv_help: 'The number of cells or the quotes do not match the header line.',
	problem_header: 'Header line',
	problem_header_help: 'A required column is missing or a column name appears twice.',
	problem_size: 'Size',
	problem_size_help: 'A cell or a line is too long.',
	problem_type: 'Value type',
	problem_type_help: 'The value is not a valid number, date or time.',
	problem_value: 'Value not allowed',
	problem_value_help: 'The value is outside the allowed list or range.',
	problem_required: 'Required value empty',
	problem_required_help: 'A required cell is empty.',
	problem_personal: 'Personal data',
	problem_personal_help:
		'The cell looks like personal data (NIK, phone number, e-mail): remove it before importing.',
	problem_cross_field: 'Between columns',
	problem_cross_field_help:
		'Columns of one row contradict each other (e.g. resolved_at before received_at).',
	problem_hierarchy: 'Region code',
	problem_hierarchy_help: 'A region code is unknown or not within its parent kecamatan or regency.',
	problem_primary_key: 'Duplicate key',
	problem_primary_key_help: 'The same key appears on more than one row.',
	problem_foreign_key: 'Reference not found',
	problem_foreign_key_help: 'A value refers to a row that is not in the other table.',
	problem_empty_table: 'Empty table',
	problem_empty_table_help: 'A required table has no rows.',
	problem_detail: 'Detail',
	problem_explanation: 'Explanation',
	import_by_current: 'data in use',
	import_regions_current_file: 'Regions of the data in use',
	import_too_big:
		'These files ({size} MB of text) need about {need} GB of browser memory, and this browser can give about {have} GB. Nothing was read and the data in use is unchanged. Import a shorter period (e.g. one year), or run npm run data:import on a computer.',
	import_regions_current:
		'regions.csv not given: the region checks used the {n} regions of the data in use.',
	detail_unknown_region: 'unknown region code "{key}" (not in regions.csv)',
	detail_not_found: 'no {column} "{key}" in {file}',
	detail_duplicate: 'duplicate key "{key}" (first on line {line})',
	detail_district_outside: 'kecamatan {key} is not in regency {note}',
	detail_village_outside: 'village {key} is not in kecamatan {note}',
	detail_program_regency: 'event in regency {key}, but its program runs in {note} (programs.csv)',
	detail_empty_table: 'has no rows (required)',
	detail_number_ambiguous:
		'{value} is ambiguous: one thousand in Indonesian, one in English; write {a} or {b}',
	detail_not_number:
		'{value} is not a number: write digits with a dot before decimals (1234.5) or the Indonesian form (1.234,5); no hex, exponents, signs, spaces or currency',
	detail_not_date: '{value} is not a date: write YYYY-MM-DD',
	detail_not_day: '{value} is not a day of the calendar',
	detail_time_zone:
		"{value} carries a time zone: write the regency's local time without Z or an offset",
	detail_not_datetime: '{value} is not a date and time: write YYYY-MM-DDTHH:MM:SS',
	detail_not_time: '{value} is not a time of the calendar',
	detail_not_boolean: '{value} is not true/false (also 1/0, ya/tidak)',
	detail_not_whole: '{value} is not a whole number',
	detail_too_large: '{value} is too large',
	detail_control: 'control character {code} at position {position} of the cell',
	detail_not_in_list: '{value} is not one of the allowed values ({allowed})',
	detail_too_small: '{value} is below the minimum of {minimum}',
	detail_too_big: '{value} is above the maximum of {maximum}',
	detail_invalid: '{value} does not have the form of this column',
	detail_personal_nik:
		'looks like a 16-digit number (NIK or KK): personal data must not be published; remove it from the cell',
	detail_personal_phone:
		'looks like a phone number: personal data must not be published; remove it from the cell',
	detail_required: 'required value is empty',
	detail_cell_count: 'expected {expected} cells like the header, found {found}',
	import_skipped: 'Checks between tables involving {table} were not run because {file} {why}.',
	import_skipped_missing: 'is missing',
	import_skipped_unreadable: 'could not be read (see its problems below)',
	import_problems_one: '1 problem found. Nothing was replaced: the data in use is intact.',
	import_shown_one: 'The problem:',
	import_delim_comma: 'comma',
	import_delim_semicolon: 'semicolon',
	import_delim_tab: 'tab',
	import_templates:
		'Download the CSV templates (.zip): one file per table, with example rows that refer to each other.'
};
