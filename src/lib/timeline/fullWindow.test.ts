import { describe, expect, it } from 'vitest';
import { fitWindow, framedWindow, fullWindow, maxSpan } from './fullWindow';
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

describe('fitWindow and maxSpan', () => {
	const YEAR = 365.25 * DAY;
	const recent = [ev('a', '1979-01-01'), ev('b', '2025-12-31')];
	const centuries = [ev('a', '1400'), ev('b', '1900')];

	it('lets the timeline zoom out to 400 years, or to all of data that spans more', () => {
		expect(maxSpan(recent)).toBeCloseTo(400 * YEAR, -3);
		const w = fullWindow(centuries);
		expect(maxSpan(centuries)).toBe(w.end - w.start);
		expect(maxSpan(centuries)).toBeGreaterThan(500 * YEAR);
	});

	it('keeps a window no wider than that', () => {
		const w = { start: ms('1990-01-01'), end: ms('2000-01-01') };
		expect(fitWindow(w, recent)).toBe(w);
		expect(fitWindow(fullWindow(centuries), centuries)).toEqual(fullWindow(centuries));
	});

	// vis-timeline shrank t=0000-01-01..9999-12-31 about its centre: the empty year 5000.
	it('narrows a wider window to the part the data covers', () => {
		const all = { start: ms('0000-01-01T00:00:00Z'), end: ms('9999-12-31') };
		const w = fitWindow(all, recent);
		const full = fullWindow(recent);
		expect(w).toEqual(full);
	});

	it('shows all the data when a too-wide window misses it, or is not a window', () => {
		const far = { start: ms('3000-01-01'), end: ms('9999-12-31') };
		expect(fitWindow(far, recent)).toEqual(fullWindow(recent));
		expect(fitWindow({ start: NaN, end: 1 }, recent)).toEqual(fullWindow(recent));
	});

	// Padding Y-270000 by 4 % reached before the first instant a Date can hold: NaN downstream.
	it('stays within what a Date can hold', () => {
		// Y-270000 begins at about -8.58e15 ms.
		const deep = [ev('deep', '1900'), ev('b', '1900')];
		deep[0]!.time = { ...deep[0]!.time, earliest: -8.58e15 };
		const w = fullWindow(deep);
		expect(Number.isNaN(new Date(w.start).getTime())).toBe(false);
		expect(w.start).toBe(-8.64e15);
	});
});

describe('framedWindow', () => {
	const at = (y: number) => ev(`e${y}`, String(y));
	it('leaves a lone early outlier out of the first view', () => {
		const events = [at(1948), ...Array.from({ length: 40 }, (_, i) => at(1979 + i))];
		const w = framedWindow(events);
		expect(new Date(w.start).getUTCFullYear()).toBeGreaterThanOrEqual(1977);
		expect(new Date(w.end).getUTCFullYear()).toBeGreaterThanOrEqual(2018);
	});
	it('keeps evenly spread events whole', () => {
		const events = Array.from({ length: 40 }, (_, i) => at(1900 + i * 3));
		expect(framedWindow(events)).toEqual(fullWindow(events));
	});
	it('never leaves out more than 5 % of the events', () => {
		const events = [
			at(1800),
			at(1801),
			at(1802),
			...Array.from({ length: 20 }, (_, i) => at(2000 + i))
		];
		expect(framedWindow(events)).toEqual(fullWindow(events));
	});
});
