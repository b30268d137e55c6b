import { describe, expect, it } from 'vitest';
import { count } from './count';

describe('count', () => {
	it('writes whole numbers as toLocaleString("en") does', () => {
		for (const n of [
			0, 1, 12, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_000_000, 123_456_789, -1, -1234
		])
			expect(count(n)).toBe(n.toLocaleString('en'));
	});

	it('agrees on random integers', () => {
		for (let i = 0; i < 2000; i++) {
			const n = Math.floor((Math.random() - 0.2) * 10 ** Math.floor(Math.random() * 12));
			expect(count(n)).toBe(n.toLocaleString('en'));
		}
	});
});
