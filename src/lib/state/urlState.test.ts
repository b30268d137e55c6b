import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	decodeState,
	defaultUrlState,
	encodeState,
	formatQuery,
	normalizeState,
	readSearch,
	type UrlState
} from './urlState';
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
