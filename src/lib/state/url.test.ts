import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	decodeState,
	defaultUrlState,
	encodeState,
	formatInstant,
	formatQuery,
	mergeParams,
	normalizeState,
	parseInstant,
	planUrlWrite,
	readSearch,
	roundMapView,
	roundWindow,
	withQuery,
	type UrlState
} from './url';
import type { Filters } from './filters';

const utc = (y: number, m = 1, d = 1, h = 0, min = 0, s = 0, ms = 0) => {
	const dt = new Date(0);
	dt.setUTCFullYear(y, m - 1, d);
	dt.setUTCHours(h, min, s, ms);
	return dt.getTime();
};

/** A state with some fields changed from the default. */
function state(over: Partial<Omit<UrlState, 'filters'>> & { filters?: Partial<Filters> } = {}) {
	const base = defaultUrlState();
	return { ...base, ...over, filters: { ...base.filters, ...over.filters } } as UrlState;
}

const query = (s: UrlState) => formatQuery(encodeState(s));

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

describe('encodeState', () => {
	it.each<[string, UrlState, string]>([
		['defaults: nothing', state(), ''],
		['selection', state({ event: 'toronto-2020' }), 'event=toronto-2020'],
		[
			'window at day resolution',
			state({ window: { start: utc(1979), end: utc(2026) } }),
			't=1979-01-01..2026-01-01'
		],
		[
			'short window at minute resolution',
			state({ window: { start: utc(2020, 5, 22, 10, 30), end: utc(2020, 5, 22, 18) } }),
			't=2020-05-22T10:30..2020-05-22T18:00'
		],
		[
			'map at 4 decimals',
			state({ map: { lat: 43.653226, lon: -79.383184, zoom: 10 } }),
			'map=43.6532,-79.3832,10'
		],
		['layout', state({ layout: 'map' }), 'layout=map'],
		['split layout is the default', state({ layout: 'split' }), ''],
		['search', state({ filters: { q: 'quds day' } }), 'q=quds+day'],
		[
			'repeatable lists',
			state({ filters: { categories: ['rally', 'statement'], countries: ['CA'] } }),
			'cat=rally&cat=statement&country=CA'
		],
		[
			'commas and ampersands inside values',
			state({ filters: { actors: ['Smith, J. & Co.'], tags: ['a=b'] } }),
			'actor=Smith,+J.+%26+Co.&tag=a%3Db'
		],
		['computed hidden', state({ filters: { computed: false } }), 'computed=0'],
		['window mode', state({ windowMode: 'hide' }), 'mode=hide'],
		['only on map', state({ onlyOnMap: true }), 'onmap=1'],
		['tiles', state({ tiles: true }), 'tiles=1'],
		[
			'pass-through data',
			state({ dataset: 'quds-day', data: 'https://example.org/a.json?x=1' }),
			'dataset=quds-day&data=https://example.org/a.json%3Fx%3D1'
		],
		[
			'everything, in a stable order',
			state({
				tiles: true,
				onlyOnMap: true,
				windowMode: 'hide',
				layout: 'list',
				event: 'e1',
				filters: {
					perspectives: ['Iranian state media'],
					sources: ['irna'],
					q: 'x',
					computed: false
				},
				dataset: 'd'
			}),
			'dataset=d&event=e1&layout=list&q=x&source=irna&persp=Iranian+state+media&computed=0&mode=hide&onmap=1&tiles=1'
		]
	])('%s', (_, s, text) => {
		expect(query(s)).toBe(text);
		const back = decodeState(new URLSearchParams(text));
		expect(back.issues).toEqual([]);
		expect(back.state).toEqual(normalizeState(s));
	});
});

describe('decodeState', () => {
	it.each<[string, string, Partial<UrlState> | ((s: UrlState) => unknown), string[]]>([
		['empty', '', {}, []],
		['leading ? is fine via URLSearchParams', '?event=a', { event: 'a' }, []],
		['year shorthand window', 't=1979..2026', { window: { start: utc(1979), end: utc(2026) } }, []],
		[
			'reversed window',
			't=2026-01-01..1979-01-01',
			{ window: null },
			['t: expected an end after the start, got "2026-01-01..1979-01-01"; ignored']
		],
		[
			'unparseable window',
			't=yesterday..today',
			{ window: null },
			[
				't: expected a UTC window start..end such as 1979-01-01..2026-01-01, got "yesterday..today"; ignored'
			]
		],
		['window with three ends', 't=2020..2021..2022', { window: null }, ['*']],
		['map', 'map=43.6532,-79.3832,10', { map: { lat: 43.6532, lon: -79.3832, zoom: 10 } }, []],
		['map out of range', 'map=95,0,3', { map: null }, ['*']],
		['map not numbers', 'map=a,b,c', { map: null }, ['*']],
		['map with two numbers', 'map=1,2', { map: null }, ['*']],
		['map in exponent form', 'map=1e1,2,3', { map: null }, ['*']],
		[
			'bad layout',
			'layout=grid',
			{ layout: 'split' },
			['layout: expected split, timeline, map, list, got "grid"; ignored']
		],
		['explicit default layout', 'layout=split', { layout: 'split' }, []],
		['computed=1', 'computed=1', (s) => s.filters.computed === true, []],
		['computed=false', 'computed=false', (s) => s.filters.computed === false, []],
		['computed=maybe', 'computed=maybe', (s) => s.filters.computed === true, ['*']],
		['mode=dim', 'mode=dim', { windowMode: 'dim' }, []],
		['mode=fade', 'mode=fade', { windowMode: 'dim' }, ['*']],
		[
			'onmap=yes',
			'onmap=yes',
			{ onlyOnMap: false },
			['onmap: expected 0 or 1, got "yes"; ignored']
		],
		['tiles=true', 'tiles=true', { tiles: true }, []],
		[
			'repeated single param',
			'event=a&event=b',
			{ event: 'a' },
			['event: given 2 times; used the first ("a")']
		],
		[
			'empty list value',
			'cat=&cat=x',
			(s) => s.filters.categories.join() === 'x',
			['cat: empty value ignored']
		],
		['empty single values are absent', 'event=&q=&dataset=', { event: null, dataset: null }, []],
		['encoded commas stay in one value', 'actor=a%2Cb', (s) => s.filters.actors.length === 1, []],
		['foreign params are not ours to judge', 'embed=1&present=3', {}, []]
	])('%s', (_, text, expected, issues) => {
		const out = decodeState(new URLSearchParams(text));
		if (typeof expected === 'function') expect(expected(out.state)).toBe(true);
		else expect(out.state).toEqual({ ...defaultUrlState(), ...expected });
		if (issues.length === 1 && issues[0] === '*') expect(out.issues).toHaveLength(1);
		else expect(out.issues).toEqual(issues);
	});

	it('never throws on arbitrary query strings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				const out = decodeState(new URLSearchParams(text));
				expect(Array.isArray(out.issues)).toBe(true);
			})
		);
	});

	it('never throws on arbitrary values of its own params', () => {
		const key = fc.constantFrom('t', 'map', 'layout', 'computed', 'mode', 'onmap', 'tiles', 'cat');
		fc.assert(
			fc.property(fc.array(fc.tuple(key, fc.string({ unit: 'binary' }))), (pairs) => {
				const out = decodeState(new URLSearchParams(pairs));
				// Whatever was read is itself a valid state: encoding and decoding it reports nothing.
				expect(decodeState(encodeState(out.state)).issues).toEqual([]);
			})
		);
	});
});

/** Arbitrary strings, including commas, &, =, %, + and emoji. */
const text = fc.oneof(
	fc.string({ unit: 'binary' }),
	fc.string({ unit: 'grapheme' }),
	fc.string({
		unit: fc.constantFrom(',', '&', '=', '%', '+', '?', '#', ' ', '..', '🕌', '👩🏽‍🔬', 'é', 'ق')
	})
);
const list = fc.array(text, { maxLength: 4 });
const instant = fc.integer({ min: -8.64e15, max: 8.64e15 });

/** Any state, including values the URL rounds (windows in ms, map at any precision). */
const anyState: fc.Arbitrary<UrlState> = fc.record({
	event: fc.option(text, { nil: null }),
	window: fc.option(
		fc.tuple(instant, instant).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
		{ nil: null }
	),
	map: fc.option(
		fc.record({
			lat: fc.double({ min: -90, max: 90, noNaN: true }),
			lon: fc.double({ min: -180, max: 180, noNaN: true }),
			zoom: fc.double({ min: 0, max: 22, noNaN: true })
		}),
		{ nil: null }
	),
	filters: fc.record({
		categories: list,
		countries: list,
		actors: list,
		sources: list,
		perspectives: list,
		tags: list,
		q: text,
		computed: fc.boolean()
	}),
	windowMode: fc.constantFrom('dim', 'hide'),
	onlyOnMap: fc.boolean(),
	layout: fc.constantFrom('split', 'timeline', 'map', 'list'),
	tiles: fc.boolean(),
	dataset: fc.option(text, { nil: null }),
	data: fc.option(text, { nil: null })
});

describe('round trip (property)', () => {
	it('decode(encode(s)) == s for every state at the URL resolution', () => {
		fc.assert(
			fc.property(anyState.map(normalizeState), (s) => {
				const out = decodeState(encodeState(s));
				expect(out.issues).toEqual([]);
				expect(out.state).toEqual(s);
			}),
			{ numRuns: 500 }
		);
	});

	it('decode(encode(s)) == normalizeState(s) for every state', () => {
		fc.assert(
			fc.property(anyState, (s) => {
				const out = decodeState(encodeState(s));
				expect(out.issues).toEqual([]);
				expect(out.state).toEqual(normalizeState(s));
			}),
			{ numRuns: 500 }
		);
	});

	it('survives the address bar: parsing formatQuery gives the same params', () => {
		fc.assert(
			fc.property(anyState, (s) => {
				const p = encodeState(s);
				expect([...new URLSearchParams(formatQuery(p))]).toEqual([...p]);
				expect(decodeState(new URLSearchParams(formatQuery(p))).state).toEqual(normalizeState(s));
			}),
			{ numRuns: 300 }
		);
	});

	it('makes lone surrogates well-formed, as URLSearchParams does', () => {
		const s = state({ filters: { q: 'a\uD800b', tags: ['\uDC00'] } });
		const back = decodeState(encodeState(s)).state;
		expect(back.filters.q).toBe('a\uFFFDb');
		expect(back.filters.tags).toEqual(['\uFFFD']);
		expect(back).toEqual(normalizeState(s));
	});
});

describe('formatQuery', () => {
	it.each([
		[[['map', '1.5,-2,3']], 'map=1.5,-2,3'],
		[[['t', '2020-05-22T10:30..2020-05-23']], 't=2020-05-22T10:30..2020-05-23'],
		[[['q', 'a b+c']], 'q=a+b%2Bc'],
		[[['q', '100% & more = fun #1?']], 'q=100%25+%26+more+%3D+fun+%231%3F'],
		[[['data', 'https://x.org/a@b']], 'data=https://x.org/a@b']
	])('%j → %s', (pairs, out) => {
		expect(formatQuery(new URLSearchParams(pairs as string[][]))).toBe(out);
	});
});

describe('mergeParams', () => {
	it('replaces our params and keeps foreign ones after them', () => {
		const cur = new URLSearchParams('embed=1&event=a&cat=x&present=2');
		const next = new URLSearchParams('event=b');
		expect(mergeParams(cur, next).toString()).toBe('event=b&embed=1&present=2');
	});
});

describe('planUrlWrite', () => {
	const base = state({ window: { start: utc(1979), end: utc(2026) } });
	const panned = { ...base, window: { start: utc(1990), end: utc(2000) } };
	it.each<[string, UrlState, UrlState, ReturnType<typeof planUrlWrite>]>([
		['no change', base, base, { kind: 'none' }],
		['panning replaces', base, panned, { kind: 'replace', query: query(panned) }],
		[
			'typing a search replaces',
			base,
			state({ ...base, filters: { q: 'tor' } }),
			{ kind: 'replace', query: query(state({ ...base, filters: { q: 'tor' } })) }
		],
		[
			'moving the map replaces',
			base,
			{ ...base, map: { lat: 1, lon: 2, zoom: 3 } },
			{ kind: 'replace', query: query({ ...base, map: { lat: 1, lon: 2, zoom: 3 } }) }
		],
		[
			'selecting pushes',
			base,
			{ ...base, event: 'e1' },
			{ kind: 'push', flush: null, query: query({ ...base, event: 'e1' }) }
		],
		[
			'a filter toggle pushes',
			base,
			state({ ...base, filters: { categories: ['rally'] } }),
			{
				kind: 'push',
				flush: null,
				query: query(state({ ...base, filters: { categories: ['rally'] } }))
			}
		],
		[
			'a layout change pushes',
			base,
			{ ...base, layout: 'map' },
			{ kind: 'push', flush: null, query: query({ ...base, layout: 'map' }) }
		],
		[
			'pan then select: the pan lands on the current entry first',
			{ ...base, event: 'e0' },
			{ ...panned, event: 'e1' },
			{
				kind: 'push',
				flush: query({ ...panned, event: 'e0' }),
				query: query({ ...panned, event: 'e1' })
			}
		]
	])('%s', (_, a, b, plan) => {
		expect(planUrlWrite(query(a), query(b))).toEqual(plan);
	});

	it('a quiet change (a selection dropped on load) replaces', () => {
		const a = query({ ...base, event: 'gone' });
		expect(planUrlWrite(a, query(base), ['event'])).toEqual({
			kind: 'replace',
			query: query(base)
		});
	});

	it('a quiet change rides along with a discrete one, not in the flushed entry', () => {
		const a = query({ ...base, event: 'gone' });
		const b = query({ ...base, layout: 'map' });
		expect(planUrlWrite(a, b, ['event'])).toEqual({ kind: 'push', flush: query(base), query: b });
	});
});

describe('withQuery', () => {
	it.each([
		['https://x.org/app?event=a#top', 'event=b&cat=x', 'https://x.org/app?event=b&cat=x#top'],
		['https://x.org/app?embed=1&event=a', 'event=b', 'https://x.org/app?event=b&embed=1'],
		['https://x.org/app?event=a', '', 'https://x.org/app'],
		['https://x.org/base/app', 'map=1,2,3', 'https://x.org/base/app?map=1,2,3']
	])('%s + %s → %s', (href, q, out) => {
		expect(withQuery(href, q)).toBe(out);
	});
});

describe('readSearch', () => {
	it('decodes and gives our params as they stand', () => {
		const r = readSearch('?embed=1&t=1979..2026&event=a');
		expect(r.state.event).toBe('a');
		expect(r.query).toBe('t=1979..2026&event=a');
		// Not canonical: the codec would write the window with days and after the event.
		expect(r.query).not.toBe(query(r.state));
		expect(query(r.state)).toBe('event=a&t=1979-01-01..2026-01-01');
	});
});
