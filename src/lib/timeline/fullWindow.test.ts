import { describe, expect, it } from 'vitest';
import { fullWindow } from './fullWindow';
import { testEvent as ev } from '../../testing/testEvent';

const DAY = 86_400_000;
const ms = (s: string) => Date.parse(s);

describe('fullWindow', () => {
	it.each([
		[
			'decades: padded by 4 % of the span',
			[ev('a', '1950-01-01'), ev('b', '2049-12-31')],
			ms('1950-01-01') - 0.04 * (ms('2050-01-01') - 1 - ms('1950-01-01')),
			ms('2050-01-01') - 1 + 0.04 * (ms('2050-01-01') - 1 - ms('1950-01-01'))
		],
		[
			'one day: padded by 15 days',
			[ev('a', '2020-05-22')],
			ms('2020-05-22') - 15 * DAY,
			ms('2020-05-23') - 1 + 15 * DAY
		],
		[
			'a year-long span counts to its last instant',
			[ev('a', '2013')],
			ms('2013') - 15 * DAY,
			ms('2014') - 1 + 15 * DAY
		]
	])('%s', (_, events, start, end) => {
		const w = fullWindow(events);
		expect(w.start).toBeCloseTo(start, -1);
		expect(w.end).toBeCloseTo(end, -1);
	});

	it('with no events, the ten years up to now', () => {
		const now = ms('2025-01-01');
		expect(fullWindow([], now)).toEqual({ start: now - 3650 * DAY, end: now });
	});
});
