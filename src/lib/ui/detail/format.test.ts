import { describe, expect, it } from 'vitest';
import '$lib/model/edtfParser';
import { eventTime, type EventTime } from '$lib/model/dates';
import { countryName } from '$lib/model/countryNames';
import {
	dateBadges,
	fieldLabel,
	isoDay,
	linkText,
	paragraphs,
	placeLine,
	recordNotesFor,
	safeHttpUrl
} from './format';

function time(start: string, end?: string): EventTime {
	const r = eventTime(start, end);
	if (!r.ok) throw new Error(r.error);
	return r.time;
}

describe('safeHttpUrl', () => {
	it.each([
		['https://example.org/a?b=c', 'https://example.org/a?b=c'],
		['http://example.org', 'http://example.org/'],
		['HTTPS://EXAMPLE.ORG/x', 'https://example.org/x'],
		['javascript:alert(1)', null],
		[' javascript:alert(1)', null],
		['data:text/html,<b>x</b>', null],
		['ftp://example.org/f', null],
		['//example.org/a', null],
		['/relative', null],
		['not a url', null],
		['', null],
		[undefined, null]
	])('%j → %j', (url, out) => {
		expect(safeHttpUrl(url)).toBe(out);
	});
});

describe('linkText', () => {
	it.each([
		['https://www.example.org/', 'example.org'],
		['https://example.org/news/2020/quds?id=3', 'example.org/news/2020/quds?id=3'],
		['nonsense', 'nonsense']
	])('%s → %s', (url, out) => {
		expect(linkText(url)).toBe(out);
	});
});

describe('paragraphs', () => {
	it.each([
		['One.', ['One.']],
		['One.\n\nTwo.', ['One.', 'Two.']],
		['One\nline.\r\n\r\nTwo.\n \nThree.', ['One line.', 'Two.', 'Three.']],
		['\n\n  \n', []],
		['<b>not html</b>', ['<b>not html</b>']]
	])('%j', (text, out) => {
		expect(paragraphs(text)).toEqual(out);
	});
});

describe('placeLine', () => {
	it.each([
		[{ name: 'Toronto', country: 'CA', precision: 'city' as const }, 'Toronto, Canada — city'],
		[{ name: 'Iran', country: 'IR', precision: 'country' as const }, 'Iran — country'],
		[{ name: 'Tehran', country: 'IR', precision: 'site' as const }, 'Tehran, Iran — exact site'],
		[{ name: 'Somewhere', precision: 'unknown' as const }, 'Somewhere — place not known precisely'],
		[{ name: 'Online', precision: 'online' as const }, 'Online'],
		[
			{ name: 'London, United Kingdom', country: 'GB', precision: 'city' as const },
			'London, United Kingdom — city'
		]
	])('%j → %s', (place, out) => {
		expect(placeLine(place, countryName)).toBe(out);
	});
});

describe('dateBadges', () => {
	it.each<[string, EventTime, boolean, string[]]>([
		['a day', time('2020-05-22'), false, []],
		['a year', time('2013'), false, ['year precision']],
		['a month', time('2020-05'), false, ['month precision']],
		['approximate year', time('1979~'), false, ['year precision', 'approximate']],
		['uncertain day', time('2020-05-22?'), false, ['uncertain']],
		['computed', time('2020-05-22'), true, ['computed, not sourced']],
		['a decade', time('201X'), false, ['decade precision']]
	])('%s', (_, t, computed, out) => {
		expect(dateBadges(t, computed)).toEqual(out);
	});
});

describe('fieldLabel', () => {
	it.each([
		['start', 'Date'],
		['actors', 'Who'],
		['participants', 'Participants'],
		['crowd_size', 'Crowd size'],
		['crowdSize', 'Crowd size'],
		['', ''],
		// Names every object has were looked up on Object.prototype: a function, not a label.
		['constructor', 'Constructor'],
		['toString', 'To string'],
		['__proto__', 'Proto'],
		['hasOwnProperty', 'Has own property'],
		['valueOf', 'Value of']
	])('%j → %j', (field, out) => {
		expect(fieldLabel(field)).toBe(out);
	});
});

describe('isoDay', () => {
	it.each<[EventTime, string | null]>([
		[time('2020-05-22'), '2020-05-22'],
		[time('2020-05'), null],
		[time('2020-05-15', '2020-05-22'), null],
		[time('-0044-03-15'), null]
	])('%#', (t, out) => {
		expect(isoDay(t)).toBe(out);
	});
});

describe('dateBadges and the record', () => {
	it.each([
		['no record', undefined, []],
		['a place from the record', [{ about: 'place' }], []],
		['the date from the record', [{ about: 'start' }], ['from the record']],
		['the end from the record', [{ about: 'end' }], ['from the record']]
	])('%s', (_label, record, expected) => {
		expect(dateBadges(time('2019-02-25'), false, record)).toEqual(expected);
	});
});

describe('recordNotesFor', () => {
	const note = (about: string) => ({ about, text: about, reference: 'R' });
	it('keeps the notes about one field, in order', () => {
		const record = [note('start'), note('account'), note('start')];
		expect(recordNotesFor(record, 'start')).toEqual([record[0], record[2]]);
		expect(recordNotesFor(record, 'place')).toEqual([]);
		expect(recordNotesFor(undefined, 'start')).toEqual([]);
	});
});
