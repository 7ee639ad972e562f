/** Bahasa Indonesia words of the import page's problem kinds (label and what to do). */
export const idImport = {
	problem_file: 'Berkas',
	problem_file_help: 'Berkas tidak dikenali, kosong, ganda atau tidak ada.',
	problem_encoding: 'Pengodean',
	problem_encoding_help: 'Teks tidak terbaca: simpan ulang seluruh berkas sebagai CSV UTF-8.',
	problem_csv: 'Struktur CSV',
	problem_csv_help: 'Jumlah sel atau tanda kutip tidak cocok dengan baris judul.',
	problem_header: 'Baris judul',
	problem_header_help: 'Kolom wajib tidak ada atau nama kolom muncul dua kali.',
	problem_size: 'Ukuran',
	problem_size_help: 'Sel atau baris terlalu panjang.',
	problem_type: 'Tipe nilai',
	problem_type_help: 'Nilai bukan angka, tanggal atau waktu yang sah.',
	problem_value: 'Nilai tidak diizinkan',
	problem_value_help: 'Nilai di luar daftar atau rentang yang diizinkan.',
	problem_required: 'Nilai wajib kosong',
	problem_required_help: 'Sel wajib diisi tetapi kosong.',
	problem_personal: 'Data pribadi',
	problem_personal_help:
		'Sel tampak berisi data pribadi (NIK, nomor HP, surel): hapus sebelum mengimpor.',
	problem_cross_field: 'Antar kolom',
	problem_cross_field_help:
		'Kolom dalam satu baris saling bertentangan (mis. resolved_at sebelum received_at).',
	problem_hierarchy: 'Kode wilayah',
	problem_hierarchy_help:
		'Kode wilayah tidak dikenal atau tidak berada di kecamatan/kabupaten induknya.',
	problem_primary_key: 'Kunci ganda',
	problem_primary_key_help: 'Kunci yang sama muncul di lebih dari satu baris.',
	problem_foreign_key: 'Rujukan tidak ditemukan',
	problem_foreign_key_help: 'Nilai merujuk ke baris yang tidak ada di tabel lain.',
	problem_empty_table: 'Tabel kosong',
	problem_empty_table_help: 'Tabel wajib tidak berisi baris.',
	problem_detail: 'Rincian',
	problem_explanation: 'Penjelasan',
	import_by_current: 'data yang dipakai',
	import_regions_current_file: 'Wilayah dari data yang dipakai',
	import_too_big:
		'Berkas-berkas ini ({size} MB teks) butuh sekitar {need} GB memori peramban, sedangkan peramban ini hanya bisa memberi sekitar {have} GB. Tidak ada yang dibaca dan data yang dipakai tidak berubah. Impor periode yang lebih pendek (mis. satu tahun), atau jalankan npm run data:import di komputer.',
	import_regions_current:
		'regions.csv tidak disertakan: pemeriksaan wilayah memakai {n} wilayah dari data yang sedang dipakai.',
	detail_unknown_region: 'kode wilayah "{key}" tidak dikenal (tidak ada di regions.csv)',
	detail_not_found: 'tidak ada {column} "{key}" di {file}',
	detail_duplicate: 'kunci "{key}" muncul lagi (pertama di baris {line})',
	detail_district_outside: 'kecamatan {key} tidak berada di kabupaten/kota {note}',
	detail_village_outside: 'desa/kelurahan {key} tidak berada di kecamatan {note}',
	detail_program_regency:
		'kegiatan di kabupaten/kota {key}, tetapi programnya berjalan di {note} (programs.csv)',
	detail_empty_table: 'tidak punya baris (wajib diisi)',
	detail_number_ambiguous:
		'{value} bermakna ganda: seribu dalam penulisan Indonesia, satu dalam penulisan Inggris; tulis {a} atau {b}',
	detail_not_number:
		'{value} bukan angka: tulis angka dengan titik sebelum desimal (1234.5) atau bentuk Indonesia (1.234,5); tanpa heksadesimal, eksponen, tanda, spasi, atau mata uang',
	detail_not_date: '{value} bukan tanggal: tulis YYYY-MM-DD',
	detail_not_day: '{value} bukan hari yang ada di kalender',
	detail_time_zone:
		'{value} memuat zona waktu: tulis waktu setempat kabupaten/kota tanpa Z atau selisih jam',
	detail_not_datetime: '{value} bukan tanggal dan jam: tulis YYYY-MM-DDTHH:MM:SS',
	detail_not_time: '{value} bukan waktu yang ada di kalender',
	detail_not_boolean: '{value} bukan benar/salah (juga 1/0, ya/tidak)',
	detail_not_whole: '{value} bukan bilangan bulat',
	detail_too_large: '{value} terlalu besar',
	detail_control: 'karakter kendali {code} di posisi {position} dalam sel',
	detail_not_in_list: '{value} bukan salah satu nilai yang diizinkan ({allowed})',
	detail_too_small: '{value} di bawah batas {minimum}',
	detail_too_big: '{value} di atas batas {maximum}',
	detail_invalid: '{value} tidak sesuai bentuk kolom ini',
	detail_personal_nik:
		'tampak seperti angka 16 digit (NIK atau KK): data pribadi tidak boleh diterbitkan; hapus dari sel',
	detail_personal_phone:
		'tampak seperti nomor telepon: data pribadi tidak boleh diterbitkan; hapus dari sel',
	detail_required: 'nilai wajib kosong',
	detail_cell_count: 'diharapkan {expected} sel seperti baris judul, ditemukan {found}',
	detail_resolved_before_received:
		'tanggal selesai (resolved_at) {resolved} lebih awal dari tanggal diterima (received_at) {received}',
	detail_resolved_needed:
		'status {status} berarti sudah selesai: isi tanggal selesai (resolved_at)',
	detail_resolved_not_empty:
		'status {status} berarti belum selesai: kosongkan tanggal selesai (resolved_at)',
	detail_event_needed: 'saluran (channel) {channel} wajib menyebut kegiatannya: isi event_id',
	detail_event_not_empty: 'saluran (channel) {channel} bukan melalui kegiatan: kosongkan event_id',
	detail_visitors_not_held:
		'kegiatan berstatus {status} tidak punya pengunjung: kosongkan visitors',
	detail_staff_absent:
		'perangkat daerah berstatus {status} tidak punya petugas yang bertugas: kosongkan staff atau isi 0',
	detail_recipients_over_target:
		'jumlah penerima (recipients) {recipients} melebihi target (target_recipients) {target}',
	detail_updated_before_submitted:
		'tanggal diperbarui (updated_at) {updated} lebih awal dari tanggal diajukan (submitted_at) {submitted}',
	detail_level_is_province: 'kode {code} adalah kode provinsi: level harus {is}, bukan {level}',
	detail_level_is_regency:
		'kode {code} adalah kode kabupaten/kota: level harus {is}, bukan {level}',
	detail_level_is_district: 'kode {code} adalah kode kecamatan: level harus {is}, bukan {level}',
	detail_level_is_village:
		'kode {code} adalah kode desa/kelurahan: level harus {is}, bukan {level}',
	detail_parent_empty:
		'provinsi {code} tidak punya induk: parent_code harus kosong, bukan {parent}',
	detail_parent_missing: 'kode induk (parent_code) dari {code} harus {want}, bukan kosong',
	detail_parent_wrong: 'kode induk (parent_code) dari {code} harus {want}, bukan {parent}',
	detail_quote_unclosed:
		'tanda kutip yang dibuka di sini tidak pernah ditutup (berkas berakhir di dalamnya)',
	detail_cell_too_long: 'sel lebih panjang dari {max} karakter (diawali {start}…)',
	detail_too_many_cells: 'lebih dari {max} sel dalam satu baris data',
	detail_quote_in_cell:
		'tanda kutip di dalam sel yang tidak dikutip (apit seluruh isi sel dengan tanda kutip)',
	detail_text_after_quote: 'ada teks setelah tanda kutip penutup sel',
	detail_zip: 'ini berkas ZIP atau Excel, bukan teks CSV: simpan sebagai CSV',
	detail_utf16_no_bom:
		'tampaknya UTF-16 tanpa penanda urutan byte (BOM), atau berkas biner: simpan sebagai CSV UTF-8',
	detail_binary: 'data biner, bukan teks CSV: simpan sebagai CSV UTF-8',
	detail_mixed_encoding:
		'mencampur UTF-8 dengan pengodean lain (é tertulis dengan dua cara): simpan seluruh berkas sebagai UTF-8',
	detail_not_encoding:
		'bukan teks {encoding} yang sah di sekitar baris {line}: simpan seluruh berkas sebagai UTF-8 (atau seluruhnya sebagai Windows-1252)',
	detail_not_encoding_end: 'bukan teks {encoding} yang sah di akhir berkas',
	detail_file_empty: 'berkas kosong',
	detail_no_header: 'berkas kosong (tidak ada baris judul)',
	detail_no_table_column:
		'baris judul tidak memuat satu pun kolom tabel {table}: kolom yang diharapkan {columns}',
	detail_column_twice: 'kolom "{column}" muncul dua kali (kolom ke-{first} dan ke-{again})',
	detail_column_missing: 'kolom wajib "{column}" tidak ada',
	detail_no_table: 'bukan tabel kontrak: nama berkas maupun baris judulnya tidak dikenali',
	detail_table_twice: 'tabel {table} juga ada di {other}',
	detail_regions_missing:
		'tidak ada: tambahkan regions.csv (tanpa berkas ini, wilayah dari data yang sedang dipakai menggantikannya setelah dimuat)',
	detail_file_missing: 'tidak ada (wajib)',
	detail_not_workbook:
		'berkas ZIP yang bukan buku kerja Excel .xlsx (xl/workbook.xml tidak ada): simpan tabelnya sebagai .xlsx atau CSV',
	detail_workbook_damaged:
		'berkas ZIP atau Excel yang rusak: tidak dapat dibuka sebagai buku kerja .xlsx; simpan lagi sebagai .xlsx atau CSV',
	detail_workbook_empty: 'buku kerja ini tidak punya lembar kerja yang berisi baris',
	normalised_id_number: 'angka bentuk Indonesia {raw} → {canon}',
	import_enc_utf8_bom: 'UTF-8 dengan BOM',
	import_skipped:
		'Pemeriksaan antar tabel yang melibatkan {table} tidak dijalankan karena {file} {why}.',
	import_skipped_missing: 'tidak ada',
	import_skipped_unreadable: 'tidak terbaca (lihat masalahnya di bawah)',
	import_problems_one: '1 masalah ditemukan. Tidak ada yang diganti: data yang dipakai tetap utuh.',
	import_shown_one: 'Masalahnya:',
	import_delim_comma: 'koma',
	import_delim_semicolon: 'titik koma',
	import_delim_tab: 'tab',
	import_templates:
		'Unduh templat CSV (.zip): satu berkas per tabel, dengan contoh baris yang saling merujuk.'
} as const;
