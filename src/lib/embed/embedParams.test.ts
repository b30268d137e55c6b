import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileStrings, HUGE_COUNT } from '../../testing/hostileStrings.js';
import {
	DATA_FORMATS,
	EMBED_THEMES,
	EMBED_VIEWS,
	embedQuery,
	explorerQuery,
	parseEmbedParams,
	type EmbedParams
} from './embedParams';
import { formatQuery } from '$lib/state/urlState';

describe('parseEmbedParams: valid values', () => {
	it.each<[string, Partial<Omit<EmbedParams, 'state'>>]>([
		['', { view: 'both', theme: 'auto', format: null, story: null, step: null }],
		['view=map', { view: 'map' }],
		['view=timeline', { view: 'timeline' }],
		['view=list', { view: 'list' }],
		['layout=map', { view: 'map' }],
		['view=timeline&layout=map', { view: 'timeline' }],
		['theme=dark', { theme: 'dark' }],
		['theme=light', { theme: 'light' }],
		['format=csv&data=https://a.example/x.csv', { format: 'csv' }],
		['story=main&step=3', { story: 'main', step: 3 }],
		['story=main', { story: 'main', step: null }]
	])('%s', (query, expected) => {
		const { params, notes } = parseEmbedParams(query);
		expect(notes).toEqual([]);
		expect(params).toMatchObject(expected);
	});

	it('reads the window, filters, selection and data with the explorer codec', () => {
		const { params, notes } = parseEmbedParams(
			'dataset=quds-day&event=tehran-1979&t=1979-01-01..2000-01-01&cat=rally&q=march'
		);
		expect(notes).toEqual([]);
		expect(params.state.dataset).toBe('quds-day');
		expect(params.state.event).toBe('tehran-1979');
		expect(params.state.window).toEqual({ start: Date.UTC(1979, 0, 1), end: Date.UTC(2000, 0, 1) });
		expect(params.state.filters.categories).toEqual(['rally']);
		expect(params.state.filters.q).toBe('march');
	});

	it('sets the layout from the view', () => {
		expect(parseEmbedParams('view=map').params.state.layout).toBe('map');
		expect(parseEmbedParams('').params.state.layout).toBe('split');
	});

	it('leaves parameters it does not own alone (a host page, pym.js)', () => {
		const { notes } = parseEmbedParams('initialWidth=600&childId=graphic&parentTitle=x&utm=1');
		expect(notes).toEqual([]);
	});
});

describe('parseEmbedParams: a bad value falls back to its default, with a note', () => {
	it.each<[string, Partial<Omit<EmbedParams, 'state'>>, RegExp]>([
		['view=grid', { view: 'both' }, /^view=grid is not a view; showing both$/],
		['theme=blue', { theme: 'auto' }, /theme=blue is not a theme/],
		['format=xlsx', { format: null }, /format=xlsx is not a format/],
		['story=Not%20a%20slug', { story: null }, /is not a story id/],
		['story=main&step=0', { step: null }, /step=0 is not a step number/],
		['story=main&step=-2', { step: null }, /is not a step number/],
		['story=main&step=1.5', { step: null }, /is not a step number/],
		['step=2', { step: null }, /step=2 needs a story/]
	])('%s', (query, expected, note) => {
		const { params, notes } = parseEmbedParams(query);
		expect(params).toMatchObject(expected);
		expect(notes).toHaveLength(1);
		expect(notes[0]).toMatch(note);
	});

	it.each([
		['dataset=../secret', 'dataset', /is not a dataset name/],
		['dataset=Quds_Day', 'dataset', /is not a dataset name/],
		['data=javascript:alert(1)', 'data', /not an http or https address/],
		['data=data:text/plain,x', 'data', /not an http or https address/]
	] as const)('%s', (query, key, note) => {
		const { params, notes } = parseEmbedParams(query);
		expect(params.state[key]).toBeNull();
		expect(notes[0]).toMatch(note);
	});

	it.each([
		['t=2000-01-01..1990-01-01', 'window'],
		['t=yesterday', 'window'],
		['map=91,0,3', 'map']
	] as const)('%s (the codec notes it)', (query, key) => {
		const { params, notes } = parseEmbedParams(query);
		expect(params.state[key]).toBeNull();
		expect(notes).toHaveLength(1);
	});

	it('quotes a long value short, on one line', () => {
		const { notes } = parseEmbedParams(`view=${'x'.repeat(500)}%0A`);
		expect(notes[0]!.length).toBeLessThan(100);
		expect(notes[0]).not.toMatch(/\n/);
	});
});

describe('embedQuery and explorerQuery', () => {
	it.each([
		'',
		'view=map',
		'dataset=quds-day&event=a&t=1979-01-01..2000-01-01&view=timeline&theme=dark',
		'data=https://a.example/x.csv&format=csv&cat=rally&cat=march&view=list',
		'story=main&step=2'
	])('round-trips %s', (query) => {
		const { params } = parseEmbedParams(query);
		expect(parseEmbedParams(embedQuery(params)).params).toEqual(params);
	});

	it('gives the full explorer the view as its layout, and no theme', () => {
		const { params } = parseEmbedParams('event=a&view=map&theme=dark&story=s&step=2');
		expect(formatQuery(explorerQuery(params))).toBe('event=a&layout=map&story=s&step=2');
	});
});

describe('parseEmbedParams never throws and always gives valid parameters', () => {
	const names = ['view', 'theme', 'format', 'story', 'step', 'dataset', 'data', 't', 'event'];
	const value = fc.oneof(
		fc.string({ maxLength: 16 }),
		fc.string({ unit: 'binary', maxLength: 8 }),
		fc.constantFrom(...hostileStrings.slice(0, -HUGE_COUNT)),
		fc.constantFrom(...EMBED_VIEWS, ...EMBED_THEMES, ...DATA_FORMATS, '1', '0', '-1', 'a-b')
	);
	it('on any values of its parameters', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 8 }), (kv) => {
				const { params, notes } = parseEmbedParams(new URLSearchParams(kv));
				expect(EMBED_VIEWS).toContain(params.view);
				expect(EMBED_THEMES).toContain(params.theme);
				if (params.format !== null) expect(DATA_FORMATS).toContain(params.format);
				if (params.step !== null) {
					expect(Number.isInteger(params.step) && params.step >= 1).toBe(true);
					expect(params.story).not.toBeNull();
				}
				if (params.story !== null) expect(params.story).toMatch(/^[a-z0-9-]+$/);
				if (params.state.dataset !== null) expect(params.state.dataset).toMatch(/^[a-z0-9-]+$/);
				// What is kept resolves to http(s) (a value with other leading spaces is a relative path).
				if (params.state.data !== null) {
					expect(new URL(params.state.data, 'https://a.example/').protocol).toMatch(/^https?:$/);
				}
				expect(notes.every((n) => typeof n === 'string' && !n.includes('\n'))).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});

	it('on any query string', () => {
		fc.assert(
			fc.property(fc.string(), (q) => {
				const { params } = parseEmbedParams(q);
				expect(EMBED_VIEWS).toContain(params.view);
			}),
			{ numRuns: 1000 }
		);
	});
});
