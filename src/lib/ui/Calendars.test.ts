import { describe, expect, it } from 'vitest';
import { eventTime, type EventTime } from '$lib/model/dates';
import {
	CALENDARS,
	calendarDay,
	formatCalendarDay,
	formatCalendarSpan,
	otherCalendarDates,
	warmCalendars,
	type CalendarId
} from './Calendars';

/** UTC midnight of a proleptic Gregorian day (years 0–99 included). */
const day = (y: number, m: number, d: number) => {
	const dt = new Date(0);
	dt.setUTCFullYear(y, m - 1, d);
	return dt.getTime();
};

function time(start: string, end?: string): EventTime {
	const r = eventTime(start, end);
	if (!r.ok) throw new Error(r.error);
	return r.time;
}

describe('formatCalendarDay', () => {
	it.each<[string, number, CalendarId, string | null]>([
		['Quds Day 2020', day(2020, 5, 22), 'islamic-umalqura', '29 Ramadan 1441 AH'],
		['Quds Day 2020', day(2020, 5, 22), 'persian', '2 Khordad 1399 AP'],
		['first Quds Day', day(1979, 8, 17), 'islamic-umalqura', '23 Ramadan 1399 AH'],
		['first Quds Day', day(1979, 8, 17), 'persian', '26 Mordad 1358 AP'],
		['Islamic new year 1442', day(2020, 8, 20), 'islamic-umalqura', '1 Muharram 1442 AH'],
		['Nowruz 1400', day(2021, 3, 21), 'persian', '1 Farvardin 1400 AP'],
		['the day before Nowruz', day(2021, 3, 20), 'persian', '30 Esfand 1399 AP'],
		['a month name with ʻayn', day(2021, 3, 21), 'islamic-umalqura', '8 Shaʻban 1442 AH'],
		['first day of 1 AH', day(622, 7, 19), 'islamic-umalqura', '1 Muharram 1 AH'],
		['before 1 AH', day(622, 7, 18), 'islamic-umalqura', null],
		['before 1 AP', day(622, 3, 20), 'persian', null],
		['long before', day(1, 1, 1), 'islamic-umalqura', null],
		['not a time', NaN, 'persian', null]
	])('%s (%s)', (_, ms, cal, out) => {
		expect(formatCalendarDay(ms, cal)).toBe(out);
	});

	it('does not depend on the time of day in UTC', () => {
		const ms = day(2020, 5, 22);
		expect(calendarDay(ms + 86_399_999, 'persian')).toEqual(calendarDay(ms, 'persian'));
	});
});

describe('formatCalendarSpan', () => {
	it.each<[number, number, CalendarId, string]>([
		[day(2020, 5, 15), day(2020, 5, 22), 'islamic-umalqura', '22–29 Ramadan 1441 AH'],
		[day(2020, 5, 22), day(2020, 6, 1), 'islamic-umalqura', '29 Ramadan – 9 Shawwal 1441 AH'],
		[
			day(2020, 8, 19),
			day(2020, 8, 20),
			'islamic-umalqura',
			'29 Dhuʻl-Hijjah 1441 AH – 1 Muharram 1442 AH'
		],
		[day(2020, 5, 22), day(2020, 5, 22) + 5, 'persian', '2 Khordad 1399 AP'],
		[day(2021, 3, 20), day(2021, 3, 21), 'persian', '30 Esfand 1399 AP – 1 Farvardin 1400 AP']
	])('%d – %d in %s → %s', (a, b, cal, out) => {
		expect(formatCalendarSpan(a, b, cal)).toBe(out);
	});
});

describe('otherCalendarDates', () => {
	it.each<[string, EventTime, string[]]>([
		['a day', time('2020-05-22'), ['29 Ramadan 1441 AH', '2 Khordad 1399 AP']],
		[
			'a range of days',
			time('2020-05-15', '2020-05-22'),
			['22–29 Ramadan 1441 AH', '26 Ordibehesht – 2 Khordad 1399 AP']
		],
		[
			'an open range',
			time('2020-05-22', '..'),
			['from 29 Ramadan 1441 AH', 'from 2 Khordad 1399 AP']
		],
		['an approximate day', time('2020-05-22~'), ['c. 29 Ramadan 1441 AH', 'c. 2 Khordad 1399 AP']],
		['an uncertain day', time('2020-05-22?'), ['29 Ramadan 1441 AH?', '2 Khordad 1399 AP?']],
		['a month: nothing more precise than the data', time('2020-05'), []],
		['a year', time('1979'), []],
		['part of a month', time('2020-04-2X'), []],
		['a day to a month', time('2020-05-22', '2020-06'), []]
	])('%s', (_, t, labels) => {
		expect(otherCalendarDates(t).map((d) => d.label)).toEqual(labels);
	});

	it('names the calendars', () => {
		expect(otherCalendarDates(time('2020-05-22')).map((d) => d.name)).toEqual([
			'Islamic (Umm al-Qura)',
			'Persian (Solar Hijri)'
		]);
	});
});

describe('warmCalendars', () => {
	it('makes at least one formatter per call and says when all are made', () => {
		// A budget of 0 ms: one formatter a call, until every calendar has one.
		let calls = 1;
		while (!warmCalendars(0)) calls++;
		expect(calls).toBeLessThanOrEqual(CALENDARS.length);
		expect(warmCalendars(0)).toBe(true);
	});
});
