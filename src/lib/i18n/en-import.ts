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
		'regions.csv not given: the region checks used the {n} regions of the data in use.'
};
