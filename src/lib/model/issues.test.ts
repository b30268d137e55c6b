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

	it('leaves empty and single-event lists alone', () => {
		const none: AtlasEvent[] = [];
		sortByTime(none);
		expect(none).toEqual([]);
		const one = [ev('x', 5, 6)];
		sortByTime(one);
		expect(one.map((e) => e.id)).toEqual(['x']);
	});
});
