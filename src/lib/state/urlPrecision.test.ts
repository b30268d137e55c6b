import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatInstant, parseInstant, roundMapView, roundWindow } from './urlPrecision';

const utc = (y: number, m = 1, d = 1, h = 0, min = 0, s = 0, ms = 0) => {
	const dt = new Date(0);
	dt.setUTCFullYear(y, m - 1, d);
	dt.setUTCHours(h, min, s, ms);
	return dt.getTime();
};

describe('formatInstant / parseInstant', () => {
	it.each([
		[utc(1979, 1, 1), '1979-01-01'],
		[utc(2020, 5, 22), '2020-05-22'],
		[utc(2020, 5, 22, 10, 30), '2020-05-22T10:30'],
		[utc(2020, 5, 22, 10, 30, 15), '2020-05-22T10:30:15'],
		[utc(2020, 5, 22, 10, 30, 15, 250), '2020-05-22T10:30:15.250'],
		[utc(2020, 5, 22, 0, 0, 0, 1), '2020-05-22T00:00:00.001'],
		[utc(0, 1, 1), '0000-01-01'],
		[utc(45, 3, 15), '0045-03-15'],
		[utc(-43, 3, 15), '-000043-03-15'],
		[utc(10000, 1, 1), '+010000-01-01'],
		[8.64e15, '+275760-09-13'],
		[-8.64e15, '-271821-04-20']
	])('%d ⇄ %s', (ms, text) => {
		expect(formatInstant(ms)).toBe(text);
		expect(parseInstant(text)).toBe(ms);
	});

	it.each([
		['2020', utc(2020)],
		['2020-05', utc(2020, 5)],
		['2020-05-22T10:30Z', utc(2020, 5, 22, 10, 30)],
		['2020-05-22T10:30:15.5', utc(2020, 5, 22, 10, 30, 15, 500)],
		[' 2020-05-22 ', utc(2020, 5, 22)]
	])('accepts the shorthand %j', (text, ms) => {
		expect(parseInstant(text)).toBe(ms);
	});

	it.each([
		'',
		'20',
		'2021-02-29',
		'2020-13-01',
		'2020-00-10',
		'2020-05-32',
		'2020-05-22T24:00',
		'2020-05-22T10:60',
		'2020-05-22T10',
		'-000000-01-01',
		'+300000-01-01',
		'1589500800000',
		'May 2020',
		'2020-05-22T10:30+02:00'
	])('rejects %j', (text) => {
		expect(parseInstant(text)).toBeNull();
	});
});

describe('roundWindow', () => {
	it.each([
		[
			'long window: whole days',
			utc(1979, 1, 1, 13),
			utc(2026, 1, 1, 2),
			utc(1979, 1, 2),
			utc(2026)
		],
		[
			'a day: minutes',
			utc(2020, 5, 22, 6, 0, 31),
			utc(2020, 5, 23, 6, 0, 29),
			utc(2020, 5, 22, 6, 1),
			utc(2020, 5, 23, 6)
		],
		[
			'an hour: seconds',
			utc(2020, 5, 22, 6, 0, 0, 400),
			utc(2020, 5, 22, 7, 0, 0, 600),
			utc(2020, 5, 22, 6),
			utc(2020, 5, 22, 7, 0, 1)
		],
		['a few ms: kept', 1000, 1007, 1000, 1007],
		// 4 d less 59 s rounds to exactly 4 d at minute resolution, so it is rounded again to days.
		[
			'across a threshold',
			43_200_000 + 29_000,
			43_200_000 + 4 * 86_400_000 - 30_000,
			86_400_000,
			5 * 86_400_000
		]
	])('%s', (_, start, end, rs, re) => {
		expect(roundWindow({ start, end })).toEqual({ start: rs, end: re });
	});

	it.each([
		['null', null],
		['NaN', { start: NaN, end: 5 }],
		['infinite', { start: 0, end: Infinity }],
		['empty', { start: 5, end: 5 }],
		['reversed', { start: 5, end: 1 }]
	])('%s → null', (_, w) => {
		expect(roundWindow(w)).toBeNull();
	});

	it('is idempotent', () => {
		fc.assert(
			fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.nat(), (a, span) => {
				const once = roundWindow({ start: a, end: a + span });
				expect(roundWindow(once)).toEqual(once);
			})
		);
	});
});

describe('roundMapView', () => {
	it.each([
		[
			{ lat: 43.653226, lon: -79.383184, zoom: 10 },
			{ lat: 43.6532, lon: -79.3832, zoom: 10 }
		],
		[
			{ lat: -0.00001, lon: 0, zoom: 2.4567 },
			{ lat: 0, lon: 0, zoom: 2.46 }
		],
		[{ lat: 91, lon: 0, zoom: 2 }, null],
		[{ lat: 0, lon: NaN, zoom: 2 }, null]
	])('%j → %j', (v, out) => {
		expect(roundMapView(v)).toEqual(out);
	});
});
