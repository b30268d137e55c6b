import { describe, expect, it } from 'vitest';
import { defaultUrlState, encodeState, formatQuery, type UrlState } from './urlState';
import { mergeParams, planUrlWrite, withQuery } from './urlWrites';
import type { Filters } from './filters';

/** A state with some fields changed from the default. */
function state(over: Partial<Omit<UrlState, 'filters'>> & { filters?: Partial<Filters> } = {}) {
	const base = defaultUrlState();
	return { ...base, ...over, filters: { ...base.filters, ...over.filters } } as UrlState;
}

const utc = (y: number) => {
	const dt = new Date(0);
	dt.setUTCFullYear(y, 0, 1);
	dt.setUTCHours(0, 0, 0, 0);
	return dt.getTime();
};

const query = (s: UrlState) => formatQuery(encodeState(s));

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
