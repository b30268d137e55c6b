import { describe, expect, it } from 'vitest';
import { clusterSize, compactCount } from './markerLayer';

describe('compactCount', () => {
	it.each([
		[1, '1'],
		[999, '999'],
		[1000, '1k'],
		[1250, '1.2k'],
		[9999, '9.9k'],
		[12_345, '12k'],
		[100_000, '100k']
	])('%i → %s', (n, expected) => {
		expect(compactCount(n)).toBe(expected);
	});
});

describe('clusterSize', () => {
	it('grows with the count but stays smaller than a 56 px cell', () => {
		const sizes = [2, 10, 100, 1000, 100_000].map((n) => clusterSize(n));
		expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
		expect(Math.max(...sizes)).toBeLessThan(56);
	});

	it('scales with the text, as the cell it must fit does', () => {
		expect(clusterSize(100, 1.875)).toBe(Math.round(clusterSize(100) * 1.875));
		expect(clusterSize(100_000, 2)).toBeLessThan(56 * 2);
	});
});
