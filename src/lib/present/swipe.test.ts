import { describe, expect, it } from 'vitest';
import { swipeDirection } from './swipe';

describe('swipeDirection', () => {
	it.each([
		['a swipe to the left is next', 200, 100, 50, 110, 1],
		['a swipe to the right is previous', 50, 100, 200, 90, -1],
		['too short', 100, 100, 70, 100, 0],
		['mostly vertical (scrolling)', 100, 100, 40, 300, 0],
		['a tap', 100, 100, 101, 101, 0]
	])('%s', (_, x0, y0, x1, y1, dir) => {
		expect(swipeDirection(x0, y0, x1, y1)).toBe(dir);
	});
});
