import { describe, expect, it } from 'vitest';
import { SPLIT_DEFAULT, SPLIT_MAX, SPLIT_MIN, clampSplit } from './split.svelte';

describe('clampSplit', () => {
	it.each([
		[40, 40],
		[33.4, 33],
		['45', 45],
		[0, SPLIT_MIN],
		[-5, SPLIT_MIN],
		[80, SPLIT_MAX],
		[Infinity, SPLIT_DEFAULT],
		[NaN, SPLIT_DEFAULT],
		['abc', SPLIT_DEFAULT],
		[null, SPLIT_DEFAULT],
		[undefined, SPLIT_DEFAULT]
	])('%s → %s', (input, want) => {
		expect(clampSplit(input)).toBe(want);
	});

	it('never gives the timeline more than the map', () => {
		expect(SPLIT_MAX).toBeLessThanOrEqual(50);
	});
});
