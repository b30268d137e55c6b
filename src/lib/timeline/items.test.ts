import { describe, expect, it } from 'vitest';
import { eventTime } from '$lib/model/dates';
import type { AtlasEvent } from '$lib/model/types';
import {
	BUCKET_PREFIX,
	bucketize,
	buildTimeIndex,
	countOverlapping,
	eventToItem,
	eventsInRange,
	windowContent
} from './items';

function ev(id: string, start: string, end?: string, extra: Partial<AtlasEvent> = {}): AtlasEvent {
	const t = eventTime(start, end);
	if (!t.ok) throw new Error(t.error);
	return {
		id,
		title: id,
		summary: '',
		start,
		end,
		place: { name: 'Somewhere', precision: 'city', lat: 0, lon: 0 },
		category: 'c',
		tags: [],
		actors: [],
		sources: [],
		disputes: [],
		related: [],
		links: [],
		time: t.time,
		order: 0,
		...extra
	};
}

function sorted(list: AtlasEvent[]): AtlasEvent[] {
	list.sort((a, b) => a.time.earliest - b.time.earliest);
	list.forEach((e, i) => (e.order = i));
	return list;
}

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
});

describe('windowing', () => {
	const events = sorted([
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

	it('hands over individual items when few, buckets when many', () => {
		const few = windowContent(ix, { start: ms('1999'), end: ms('2011') }, { maxItems: 10 });
		expect(few.mode).toBe('items');
		expect(few.items.map((i) => i.id).sort()).toEqual(['a', 'b', 'c', 'd', 'long']);
		const many = windowContent(ix, { start: ms('1999'), end: ms('2011') }, { maxItems: 2 });
		expect(many.mode).toBe('buckets');
		expect(many.items.every((i) => i.id.startsWith(BUCKET_PREFIX))).toBe(true);
		expect(many.items.reduce((n, i) => n + (i.count ?? 0), 0)).toBe(5);
	});

	it('leaves out events much longer than a narrow window, and counts them', () => {
		const r = windowContent(
			ix,
			{ start: ms('2000-01-01'), end: ms('2000-01-03') },
			{ maxItems: 1 }
		);
		expect(r.mode).toBe('items');
		expect(r.items.map((i) => i.id)).toEqual(['a']);
		expect(r.inWindow).toBe(2);
		expect(r.longer).toBe(1);
	});

	it('always includes the selected event', () => {
		const sel = events.find((e) => e.id === 'd')!;
		const r = windowContent(
			ix,
			{ start: ms('1999'), end: ms('2011') },
			{
				maxItems: 2,
				selected: sel
			}
		);
		expect(r.items.some((i) => i.id === 'd')).toBe(true);
	});

	it('bucket counts add up to the events whose midpoint is in range', () => {
		const many = sorted(
			Array.from({ length: 1000 }, (_, i) =>
				ev(`e${i}`, `${1980 + (i % 40)}-${String((i % 12) + 1).padStart(2, '0')}-15`)
			)
		);
		const b = bucketize(buildTimeIndex(many), ms('1970'), ms('2030'), 30);
		expect(b.reduce((n, x) => n + x.count, 0)).toBe(1000);
		expect(b.length).toBeLessThanOrEqual(60);
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
					const list = sorted(specs.map(([yy, d], i) => ev(`e${i}`, String(yy), String(yy + d))));
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
