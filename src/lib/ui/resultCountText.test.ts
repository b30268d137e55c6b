import { describe, expect, it } from 'vitest';
import { countKinds, resultCountText } from './resultCountText';

const k = (sourced: number, computed: number) => ({ sourced, computed });

describe('resultCountText', () => {
	it.each([
		['all shown', k(61, 49), k(61, 49), '61 events · 49 computed dates'],
		['some shown', k(12, 3), k(61, 49), '12 of 61 events · 3 of 49 computed dates'],
		['computed hidden', k(61, 0), k(61, 49), '61 events · 0 of 49 computed dates'],
		['nothing matches', k(0, 0), k(61, 49), '0 of 61 events · 0 of 49 computed dates'],
		['no computed dates in the data', k(5, 0), k(5, 0), '5 events'],
		['one of each', k(1, 1), k(1, 1), '1 event · 1 computed date'],
		['thousands', k(1204, 0), k(100000, 0), '1,204 of 100,000 events'],
		['empty data', k(0, 0), k(0, 0), '0 events']
	])('%s', (_name, shown, total, want) => {
		expect(resultCountText(shown, total)).toBe(want);
	});
});

describe('countKinds', () => {
	it('counts computed dates apart', () => {
		expect(countKinds([{ computed: 'x' }, {}, { computed: '' }, { computed: 'y' }])).toEqual({
			sourced: 2,
			computed: 2
		});
	});
});
