import { describe, expect, it } from 'vitest';
import { eventToItem, itemClasses } from './eventToItem';
import { testEvent as ev } from '../../testing/testEvent';

const ms = (s: string) => Date.parse(s);

describe('eventToItem: never more precise than the data', () => {
	it.each([
		['2020-05-22', undefined, 'point', false, 'kind-point'],
		['2013', undefined, 'range', true, 'kind-span'],
		['2020-05', undefined, 'range', true, 'prec-month'],
		['2020-04-2X', '2020-05-22', 'range', true, 'kind-range'],
		['1979~', undefined, 'range', true, 'approx'],
		['1979?', undefined, 'range', true, 'uncertain']
	])('%s/%s → %s', (start, end, type, hasEnd, cls) => {
		const item = eventToItem(ev('a', start, end));
		expect(item.type).toBe(type);
		expect('end' in item).toBe(hasEnd);
		expect(item.className.split(' ')).toContain(cls);
	});

	it('a year is drawn over the whole year, not on 1 January', () => {
		const item = eventToItem(ev('a', '2013'));
		expect(item.start).toBe(ms('2013-01-01T00:00:00Z'));
		expect(item.end).toBe(ms('2014-01-01T00:00:00Z'));
	});

	it('keeps text as text', () => {
		const item = eventToItem({ ...ev('a', '2013'), title: '<img src=x onerror=alert(1)>' });
		expect(item.text).toBe('<img src=x onerror=alert(1)>');
	});

	it.each([
		['a sourced event', {}, 'a', 'events'],
		['a computed one: a bare mark in its own row', { computed: 'a rule' }, '', 'computed']
	])('%s', (_, extra, text, group) => {
		const item = eventToItem(ev('a', '2013', undefined, extra));
		expect(item.text).toBe(text);
		expect(item.group).toBe(group);
		expect(item.title).toBe('a — 2013, Somewhere');
	});
});

describe('itemClasses', () => {
	it.each([
		['a day', '2020-05-22', {}, 'cat-c kind-point prec-day'],
		['an open end', '2020-05-22', { end: '..' }, 'open-end'],
		['a computed event', '2020', { computed: 'a rule' }, 'computed'],
		[
			'an online event',
			'2020',
			{ place: { name: 'Online', precision: 'online' as const } },
			'online'
		]
	])('%s', (_, start, extra, expected) => {
		const { end, ...rest } = extra as { end?: string };
		const e = ev('a', start, end, rest);
		for (const c of expected.split(' ')) expect(itemClasses(e).split(' ')).toContain(c);
	});
});
