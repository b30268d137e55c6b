import { describe, expect, it } from 'vitest';
import { BUCKET_PREFIX, bucketToItem } from './bucketToItem';

describe('bucketToItem', () => {
	it.each([
		[1, '1', '1 event — zoom in to see them', 'density-1'],
		[9, '9', '9 events — zoom in to see them', 'density-1'],
		[2_228, '2,228', '2,228 events — zoom in to see them', 'density-4'],
		[12_500, '12.5k', '12,500 events — zoom in to see them', 'density-5'],
		[1_000_000, '1M', '1,000,000 events — zoom in to see them', 'density-5']
	])('%d events: "%s"', (count, text, title, density) => {
		const item = bucketToItem({ start: 0, end: 86_400_000, count });
		expect(item).toMatchObject({ id: `${BUCKET_PREFIX}0`, text, title, count, type: 'range' });
		expect(item.className.split(' ')).toEqual(['bucket', density]);
	});
});

describe('bucketToItem: a histogram', () => {
	it('is as tall as its count against the fullest bucket in view', () => {
		expect(bucketToItem({ start: 0, end: 1, count: 25 }, 100).bar).toBe(0.25);
		expect(bucketToItem({ start: 0, end: 1, count: 100 }, 100).bar).toBe(1);
		expect(bucketToItem({ start: 0, end: 1, count: 3 }).bar).toBe(1);
	});
});
