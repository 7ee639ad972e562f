/** What a filter control tells its page: the values it offers now (about to be chosen), or null. */
export type Onlook = (values: string[] | null) => void;

/**
 * Tells `onlook()` what `offered()` returns, again whenever that changes, and null when the
 * control goes (some browsers fire no blur for a removed element). Call during component
 * initialisation.
 */
export function tellOffered(
	onlook: () => Onlook | undefined,
	offered: () => string[] | null
): void {
	$effect(() => {
		const tell = onlook();
		if (!tell) return;
		tell(offered());
		return () => tell(null);
	});
}
