import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { byTime, sortByTime } from './issues';
import type { AtlasEvent } from './types';

/** Just what the time order reads. */
function ev(id: string, earliest: number, latest: number): AtlasEvent {
	return { id, time: { earliest, latest } } as unknown as AtlasEvent;
}

describe('sortByTime', () => {
	it('orders by earliest, then latest, then id, as events.sort(byTime) does', () => {
		// Few distinct values, so ties on earliest and on latest are common.
		const event = fc
			.tuple(
				fc.constantFrom('a', 'b', 'c', 'd-1', 'd-10', 'd-2'),
				fc.integer({ min: -3, max: 3 }),
				fc.integer({ min: 0, max: 2 })
			)
			.map(([id, start, length]) => ev(id, start * 1e11, start * 1e11 + length * 1e10));
		fc.assert(
			fc.property(fc.array(event, { maxLength: 60 }), (events) => {
				const expected = [...events].sort(byTime);
				const actual = [...events];
				sortByTime(actual);
				expect(actual).toEqual(expected);
				// The same objects, each once.
				expect(actual.every((e, i) => e === expected[i])).toBe(true);
			})
		);
	});

	it('orders real-looking instants the same way: crowded days, spread days, sparse millennia', () => {
		const DAY = 86_400_000;
		const id = fc.constantFrom('a', 'b', 'c', 'd-1', 'd-10', 'd-2');
		const length = fc.integer({ min: 0, max: 40 }).map((d) => Math.max(0, d * DAY - 1));
		// Midnights over a few years, some days crowded (a year's events start on 1 January).
		const midnight = fc.oneof(
			fc.integer({ min: -365, max: 3 * 365 }).map((d) => d * DAY),
			fc.integer({ min: 0, max: 3 }).map((y) => y * 365 * DAY)
		);
		// Not on a midnight, and far apart (the sparse fallback).
		const anywhere = fc.oneof(midnight, fc.integer({ min: -1e15, max: 1e15 }));
		const event = (start: fc.Arbitrary<number>) =>
			fc.tuple(id, start, length).map(([i, s, l]) => ev(i, s, s + l));
		const lists = fc.oneof(
			fc.array(event(midnight), { maxLength: 200 }),
			fc.array(event(anywhere), { maxLength: 200 }),
			// One crowded day, bigger than the insertion-sort threshold.
			fc
				.array(event(midnight), { minLength: 20, maxLength: 80 })
				.map((es) => es.map((e, i) => ev(e.id, 0, (i % 5) * DAY)))
		);
		fc.assert(
			fc.property(lists, (events) => {
				const expected = [...events].sort(byTime);
				const actual = [...events];
				sortByTime(actual);
				expect(actual.every((e, i) => e === expected[i])).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('leaves empty and single-event lists alone', () => {
		const none: AtlasEvent[] = [];
		sortByTime(none);
		expect(none).toEqual([]);
		const one = [ev('x', 5, 6)];
		sortByTime(one);
		expect(one.map((e) => e.id)).toEqual(['x']);
	});
});
