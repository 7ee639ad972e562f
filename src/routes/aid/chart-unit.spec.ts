import { describe, expect, it } from 'vitest';
import { chartUnit } from './chart-unit';

describe('chartUnit', () => {
	it('charts rice in tonnes as soon as one value reaches a tonne, for every bar of the chart', () => {
		// Regression: each axis label picked kg or t by its own size ("500 kg", "1,00 t").
		expect(chartUnit('kg', [500, 1500, null])).toEqual({ unit: 't', divisor: 1000, digits: 2 });
		expect(chartUnit('kg', [20, 999])).toEqual({ unit: 'kg', divisor: 1, digits: 0 });
		expect(chartUnit('paket', [5000])).toEqual({ unit: 'paket', divisor: 1, digits: 0 });
	});
});
