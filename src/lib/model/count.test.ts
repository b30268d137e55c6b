import { describe, expect, it } from 'vitest';
import { count, shortCount } from './count';

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

describe('shortCount', () => {
	it('is count below 10,000, then thousands or millions truncated to three digits', () => {
		const cases: [number, string][] = [
			[0, '0'],
			[9_999, '9,999'],
			[10_000, '10k'],
			[12_345, '12.3k'],
			[99_999, '99.9k'],
			[100_000, '100k'],
			[999_999, '999k'],
			[1_000_000, '1M'],
			[1_250_000, '1.2M'],
			[-12_345, '-12.3k']
		];
		for (const [n, text] of cases) expect(shortCount(n)).toBe(text);
	});

	it('never says more than it stands for, and at most five characters from 10,000 up', () => {
		for (let i = 0; i < 2000; i++) {
			const n = 10_000 + Math.floor(Math.random() * 10 ** Math.floor(4 + Math.random() * 4));
			const s = shortCount(n);
			const [, num, unit] = /^([\d.]+)([kM])$/.exec(s) ?? [];
			expect(Math.round(Number(num) * (unit === 'k' ? 1e3 : 1e6))).toBeLessThanOrEqual(n);
			expect(s.length).toBeLessThanOrEqual(5);
		}
	});
});
