/** The one unit of a chart of aid quantities, and what divides the data's values into it. */
export interface ChartUnit {
	/** `t` (tonnes) or the data's own unit (`kg`, `paket`, …). */
	unit: string;
	divisor: number;
	/** Decimals a value shows in this unit. */
	digits: number;
}

/**
 * One unit for a whole chart (never kg and t on one axis): a quantity in kg is charted in tonnes
 * when its largest value is a tonne or more, else in its own unit.
 */
export function chartUnit(unit: string, values: (number | null)[]): ChartUnit {
	const max = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
	return unit === 'kg' && max >= 1000
		? { unit: 't', divisor: 1000, digits: 2 }
		: { unit, divisor: 1, digits: 0 };
}
