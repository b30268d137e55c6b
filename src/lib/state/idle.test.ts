import { describe, expect, it, vi } from 'vitest';
import { inSlices, yieldToMain } from './idle';

describe('inSlices', () => {
	it('calls each item once, in order, and says it finished', async () => {
		const seen: number[] = [];
		expect(await inSlices([1, 2, 3], (n) => seen.push(n))).toBe(true);
		expect(seen).toEqual([1, 2, 3]);
	});

	it('yields to the browser once a slice has spent its budget', async () => {
		let now = 0;
		const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
		const timeouts = vi.spyOn(globalThis, 'setTimeout');
		try {
			// Each item takes 5 ms: with an 8 ms budget, a yield after every second item.
			await inSlices([1, 2, 3, 4, 5], () => (now += 5), undefined, 8);
			expect(timeouts).toHaveBeenCalledTimes(2);
		} finally {
			clock.mockRestore();
			timeouts.mockRestore();
		}
	});

	it('stops at the next slice once it is no longer wanted', async () => {
		let now = 0;
		const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
		try {
			let alive = true;
			const seen: number[] = [];
			const done = inSlices(
				[1, 2, 3, 4],
				(n) => {
					seen.push(n);
					now += 10;
					alive = false;
				},
				() => alive,
				8
			);
			expect(await done).toBe(false);
			expect(seen).toEqual([1]);
		} finally {
			clock.mockRestore();
		}
	});
});

describe('yieldToMain', () => {
	it('resolves in a later task', async () => {
		const order: string[] = [];
		const yielded = yieldToMain().then(() => order.push('after'));
		order.push('now');
		await yielded;
		expect(order).toEqual(['now', 'after']);
	});
});
