import { describe, expect, it } from 'vitest';
import { testEvent as ev, inTimeOrder } from '../../testing/testEvent';
import {
	buildTimeIndex,
	countOverlapping,
	eventsInRange,
	lowerBound,
	upperBound
} from './timeIndex';

const ms = (s: string) => Date.parse(s);

describe('lowerBound and upperBound', () => {
	const a = Float64Array.from([1, 2, 2, 2, 5]);
	it.each([
		[0, 0, 0],
		[1, 0, 1],
		[2, 1, 4],
		[3, 4, 4],
		[5, 4, 5],
		[9, 5, 5]
	])('t = %d: first ≥ at %d, first > at %d', (t, lower, upper) => {
		expect(lowerBound(a, t)).toBe(lower);
		expect(upperBound(a, t)).toBe(upper);
	});
});

describe('window queries', () => {
	const events = inTimeOrder([
		ev('long', '1990', '2020'),
		ev('a', '2000-01-01'),
		ev('b', '2000-06'),
		ev('c', '2001'),
		ev('d', '2010-05-05')
	]);
	const ix = buildTimeIndex(events);

	it.each([
		['2000-01-01', '2000-12-31', ['long', 'a', 'b']],
		['2001-03-01', '2001-04-01', ['long', 'c']],
		['2021-01-01', '2022-01-01', []]
	])('events overlapping %s..%s', (a, b, ids) => {
		const r = eventsInRange(ix, ms(a), ms(b));
		expect(r.events.map((e) => e.id)).toEqual(ids);
		expect(countOverlapping(ix, ms(a), ms(b))).toBe(ids.length);
	});

	it.each([
		['a limit stops the search (shortest durations first)', 1, Infinity, ['a'], false],
		['no duration class above a day', Infinity, 0, ['a'], true]
	])('%s', (_, limit, maxMin, ids, complete) => {
		const r = eventsInRange(ix, ms('2000-01-01'), ms('2000-12-31'), limit, maxMin);
		expect(r.events.map((e) => e.id)).toEqual(ids);
		expect(r.complete).toBe(complete);
	});

	it('counts overlaps exactly on random data', async () => {
		const fc = await import('fast-check');
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 1980, max: 2020 }), fc.integer({ min: 0, max: 3 })), {
					maxLength: 60
				}),
				fc.integer({ min: 1975, max: 2025 }),
				fc.integer({ min: 0, max: 5 }),
				(specs, y, w) => {
					const list = inTimeOrder(
						specs.map(([yy, d], i) => ev(`e${i}`, String(yy), String(yy + d)))
					);
					const t = buildTimeIndex(list);
					const a = ms(String(y));
					const b = ms(String(y + w));
					const naive = list.filter((e) => e.time.latest >= a && e.time.earliest <= b);
					expect(countOverlapping(t, a, b)).toBe(naive.length);
					expect(eventsInRange(t, a, b).events).toEqual(naive);
				}
			)
		);
	});
});
