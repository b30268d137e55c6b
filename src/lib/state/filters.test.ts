import { describe, expect, it } from 'vitest';
import { eventTime } from '$lib/model/dates';
import type { AtlasEvent, Source } from '$lib/model/types';
import { applyFilters, buildIndex, emptyFilters, fold, isFiltering, warmSearch } from './filters';

function ev(id: string, extra: Partial<AtlasEvent>): AtlasEvent {
	const t = eventTime('2020');
	if (!t.ok) throw new Error('date');
	return {
		id,
		title: id,
		summary: '',
		start: '2020',
		place: { name: 'Nowhere', precision: 'unknown' },
		category: 'rally',
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

const sources: Source[] = [
	{
		id: 'irna',
		title: 'IRNA',
		publisher: 'IRNA',
		type: 'news',
		perspective: 'Iranian state media'
	},
	{
		id: 'ict',
		title: 'ICT report',
		publisher: 'ICT',
		type: 'report',
		perspective: 'Israeli institute'
	}
];
const events = [
	ev('toronto', {
		title: 'Rally in Toronto',
		place: { name: 'Toronto', country: 'CA', precision: 'city', lat: 43.6, lon: -79.4 },
		actors: ['Elias Hazineh'],
		tags: ['protest'],
		sources: [{ source: 'ict', locator: 'para. 2' }]
	}),
	ev('montreal', {
		title: 'Gathering',
		summary: 'Held in Montréal.',
		place: { name: 'Montréal', country: 'CA', precision: 'city', lat: 45.5, lon: -73.6 },
		category: 'statement',
		sources: [{ source: 'irna', locator: 'para. 1' }]
	}),
	ev('tehran', {
		title: 'Tehran march',
		place: { name: 'Tehran', country: 'IR', precision: 'city', lat: 35.7, lon: 51.4 },
		tags: ['protest', 'official'],
		sources: [
			{ source: 'irna', locator: 'para. 3' },
			{ source: 'ict', locator: 'fn. 4' }
		]
	}),
	ev('quds-day-2020', { title: 'Quds Day 2020 (computed)', computed: 'computed' })
];
const index = buildIndex(events, sources);
const ids = (f: Partial<ReturnType<typeof emptyFilters>>) =>
	applyFilters(index, { ...emptyFilters(), ...f }).map((e) => e.id);

describe('applyFilters', () => {
	it.each([
		[{}, ['toronto', 'montreal', 'tehran', 'quds-day-2020']],
		[{ q: 'toronto' }, ['toronto']],
		[{ q: 'MONTREAL' }, ['montreal']],
		[{ q: 'hazineh rally' }, ['toronto']],
		[{ q: 'hazineh tehran' }, []],
		[{ categories: ['statement'] }, ['montreal']],
		[{ countries: ['CA'] }, ['toronto', 'montreal']],
		[{ actors: ['Elias Hazineh'] }, ['toronto']],
		[{ tags: ['official'] }, ['tehran']],
		[{ sources: ['irna'] }, ['montreal', 'tehran']],
		[{ perspectives: ['Israeli institute'] }, ['toronto', 'tehran']],
		[{ computed: false }, ['toronto', 'montreal', 'tehran']],
		[{ countries: ['CA'], sources: ['irna'] }, ['montreal']]
	])('%j → %j', (f, expected) => {
		expect(ids(f)).toEqual(expected);
	});

	it('returns the same array when nothing filters', () => {
		expect(isFiltering(emptyFilters())).toBe(false);
		expect(applyFilters(index, emptyFilters())).toBe(events);
	});

	it('counts facets', () => {
		expect(index.facets.countries.map((f) => [f.value, f.count])).toEqual([
			['CA', 2],
			['IR', 1]
		]);
		expect(index.facets.perspectives.find((p) => p.value === 'Iranian state media')?.count).toBe(2);
	});

	it('warms the search text ahead of time with the same result', () => {
		const fresh = buildIndex(events, sources);
		expect(fresh.text.every((t) => t === undefined)).toBe(true);
		while (!warmSearch(fresh, 1));
		expect(fresh.text.every((t) => typeof t === 'string')).toBe(true);
		expect(applyFilters(fresh, { ...emptyFilters(), q: 'montreal' }).map((e) => e.id)).toEqual([
			'montreal'
		]);
	});

	it.each([
		['Montréal', 'montreal'],
		['ÀÉÎ', 'aei'],
		['Plain ASCII', 'plain ascii']
	])('fold(%s) = %s', (a, b) => expect(fold(a)).toBe(b));

	it('folds every string as NFD, strip combining marks, lower-case would', async () => {
		const fc = await import('fast-check');
		const slow = (s: string) =>
			s
				.normalize('NFD')
				.replace(/[\u0300-\u036f]/g, '')
				.toLowerCase();
		// Characters from the ranges the shortcut takes, around its edges, and beyond.
		const char = fc.oneof(
			fc.integer({ min: 0, max: 0x2ff }),
			fc.integer({ min: 0x1fe0, max: 0x2100 }),
			fc.integer({ min: 0, max: 0xffff })
		);
		fc.assert(
			fc.property(fc.array(char, { maxLength: 12 }), (codes) => {
				const s = String.fromCharCode(...codes);
				expect(fold(s)).toBe(slow(s));
			}),
			{ numRuns: 5000 }
		);
		for (let c = 0; c <= 0x2100; c++) {
			const s = `A${String.fromCharCode(c)}b`;
			expect(fold(s), c.toString(16)).toBe(slow(s));
		}
	});
});

describe('warmFacets', () => {
	it('counts a slice at a time to the same facets as counting at once', () => {
		const events = Array.from({ length: 5000 }, (_, i) => ({
			...index.events[i % index.events.length]!,
			id: `e-${i}`
		}));
		const sources = [
			...new Map(index.events.flatMap((e) => e.sources).map((r) => [r.source, r]))
		].map(([id]) => ({
			id,
			title: id,
			perspective: `p-${id.length % 3}`
		})) as unknown as Parameters<typeof buildIndex>[1];
		const once = buildIndex(events, sources).facets;
		const sliced = buildIndex(events, sources);
		let steps = 0;
		while (!sliced.warmFacets(0)) steps++;
		expect(steps).toBeGreaterThan(0);
		expect(sliced.facets).toEqual(once);
		expect(sliced.warmFacets(0)).toBe(true);
	});
});
