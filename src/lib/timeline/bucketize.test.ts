import { describe, expect, it } from 'vitest';
import { bucketize } from './bucketize';
import { testEvent as ev, inTimeOrder } from '../../testing/testEvent';
import { buildTimeIndex } from './timeIndex';

const ms = (s: string) => Date.parse(s);

describe('bucketize', () => {
	it('bucket counts add up to the events whose midpoint is in range', () => {
		const many = inTimeOrder(
			Array.from({ length: 1000 }, (_, i) =>
				ev(`e${i}`, `${1980 + (i % 40)}-${String((i % 12) + 1).padStart(2, '0')}-15`)
			)
		);
		const b = bucketize(buildTimeIndex(many), ms('1970'), ms('2030'), 30);
		expect(b.reduce((n, x) => n + x.count, 0)).toBe(1000);
		expect(b.length).toBeLessThanOrEqual(60);
	});

	const ix = buildTimeIndex(
		inTimeOrder([ev('a', '2000-01-10'), ev('b', '2000-02-20'), ev('c', '2003-07-01')])
	);
	it.each([
		// [window, target, expected buckets as [start, end, count]]
		[
			'months over a quarter',
			['2000-01-01', '2000-03-31'],
			3,
			[
				['2000-01-01', '2000-02-01', 1],
				['2000-02-01', '2000-03-01', 1]
			]
		],
		[
			'calendar years over a decade',
			['2000-01-01', '2009-12-31'],
			10,
			[
				['2000-01-01', '2001-01-01', 2],
				['2003-01-01', '2004-01-01', 1]
			]
		],
		['nothing where there are no events', ['2010-01-01', '2011-01-01'], 10, []]
	] as [string, [string, string], number, [string, string, number][]][])(
		'%s',
		(_, [a, b], target, expected) => {
			const got = bucketize(ix, ms(a), ms(b), target).map((x) => [x.start, x.end, x.count]);
			expect(got).toEqual(expected.map(([s, e, n]) => [ms(s), ms(e), n]));
		}
	);
});
