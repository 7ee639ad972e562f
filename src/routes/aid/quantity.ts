import { i18n } from '$lib/i18n/i18n.svelte';

/** An aid quantity in its unit: rice below a tonne in kg, from a tonne in t; packages as counts. */
export function aidQuantity(q: number | null, unit: string): string {
	if (q === null) return '—';
	if (unit === 'kg')
		return q < 1000 ? `${i18n.num(q)} kg` : `${i18n.num(q / 1000, 2)} ${i18n.t('unit_t')}`;
	if (unit === 'paket') return `${i18n.num(q)} ${i18n.t('unit_packages')}`;
	return `${i18n.num(q)} ${unit}`;
}
