import { describe, expect, it } from 'vitest';
import type { Category, PlacePrecision } from '$lib/model/types';
import {
	MAP_CUES,
	clusterLabel,
	isApproximatePlace,
	isLocated,
	isOnline,
	linkedLabel,
	locatedLinks,
	markerLabel,
	markerSpec
} from './markers';
import { FALLBACK_COLOUR } from './shapes';
import { fakeEvent } from '../../testing/synthetic';

const categories = new Map<string, Category>([
	['protest', { id: 'protest', label: 'Protest', colour: '#C0392B', shape: 'triangle' }],
	['statement', { id: 'statement', label: 'Statement', colour: '#2471a3' }]
]);

describe('markerSpec', () => {
	it.each<{ name: string; precision: PlacePrecision; approximate: boolean }>([
		{ name: 'site', precision: 'site', approximate: false },
		{ name: 'city', precision: 'city', approximate: false },
		{ name: 'region', precision: 'region', approximate: true },
		{ name: 'country', precision: 'country', approximate: true },
		{ name: 'unknown with coordinates', precision: 'unknown', approximate: true }
	])('$name → approximatePlace $approximate', ({ precision, approximate }) => {
		const spec = markerSpec(
			fakeEvent(1, { place: { precision, lat: 35.7, lon: 51.4 } }),
			categories
		);
		expect(spec?.approximatePlace).toBe(approximate);
	});

	it('builds the whole spec from the event and its category', () => {
		const e = fakeEvent(3, {
			title: 'March',
			place: { name: 'Tehran', lat: 35.69, lon: 51.39, precision: 'city' }
		});
		expect(markerSpec(e, categories)).toEqual({
			id: 'e-3',
			lat: 35.69,
			lon: 51.39,
			colour: '#c0392b',
			shape: 'triangle',
			approximatePlace: false,
			label: 'March, 3 Jan 2000, Tehran'
		});
	});

	it.each([
		{ name: 'category without a shape', category: 'statement', colour: '#2471a3', shape: 'circle' },
		{ name: 'unknown category', category: 'nope', colour: FALLBACK_COLOUR, shape: 'circle' }
	])('$name', ({ category, colour, shape }) => {
		const spec = markerSpec(fakeEvent(1, { category }), categories);
		expect(spec).toMatchObject({ colour, shape });
	});

	it.each([
		{ name: 'online', place: { precision: 'online' as const, lat: undefined, lon: undefined } },
		{ name: 'online with stray coordinates', place: { precision: 'online' as const } },
		{ name: 'no latitude', place: { lat: undefined } },
		{ name: 'no longitude', place: { lon: undefined } },
		{ name: 'unknown, no coordinates', place: { precision: 'unknown' as const, lat: undefined } }
	])('has no marker when $name', ({ place }) => {
		const e = fakeEvent(1, { place });
		expect(markerSpec(e, categories)).toBeNull();
		expect(isLocated(e)).toBe(false);
	});

	it('keeps dataset text as is (the component renders it as text)', () => {
		const e = fakeEvent(1, { title: '<img src=x onerror=alert(1)>' });
		expect(markerSpec(e, categories)?.label).toBe(
			'<img src=x onerror=alert(1)>, 1 Jan 2000, Place 1'
		);
	});
});

describe('labels', () => {
	it.each([
		{
			count: 12,
			near: 'Tehran',
			action: 'zoom' as const,
			expected: '12 events near Tehran — zoom in'
		},
		{ count: 3, near: null, action: 'zoom' as const, expected: '3 events — zoom in' },
		{
			count: 5,
			near: 'Paris',
			action: 'spread' as const,
			expected: '5 events near Paris — show them all'
		},
		{ count: 1, near: null, action: 'zoom' as const, expected: '1 event — zoom in' }
	])('clusterLabel($count, $near, $action)', ({ count, near, action, expected }) => {
		expect(clusterLabel(count, near, action)).toBe(expected);
	});

	it.each([
		[11, 3, "3 of 11 events near Tehran in the timeline's window — zoom in"],
		[11, 0, "11 events near Tehran, none in the timeline's window — zoom in"],
		[11, 11, '11 events near Tehran — zoom in']
	])('a cluster of %d with %d in the window', (count, inWindow, expected) => {
		expect(clusterLabel(count, 'Tehran', 'zoom', inWindow)).toBe(expected);
	});

	it('names online events as online', () => {
		const e = fakeEvent(2, { place: { name: 'Zoom call', precision: 'online' } });
		expect(markerLabel(e)).toBe('Event 2, 2 Jan 2000, Zoom call (online)');
		expect(isOnline(e)).toBe(true);
	});

	it.each([
		{ note: 'partner organization', expected: 'linked: Toronto (partner organization)' },
		{ note: undefined, expected: 'linked: Toronto' }
	])('linkedLabel with note $note', ({ note, expected }) => {
		expect(linkedLabel({ name: 'Toronto', precision: 'city', note })).toBe(expected);
	});

	it('keeps only linked places with a position', () => {
		const e = fakeEvent(1, {
			place: {
				precision: 'online',
				linked: [
					{ name: 'A', lat: 1, lon: 2, precision: 'city' },
					{ name: 'B', precision: 'country', country: 'CA' }
				]
			}
		});
		expect(locatedLinks(e).map((l) => l.name)).toEqual(['A']);
	});
});

describe('MAP_CUES', () => {
	it('covers every place precision exactly once', () => {
		const all: PlacePrecision[] = ['site', 'city', 'region', 'country', 'online', 'unknown'];
		const covered = MAP_CUES.flatMap((c) => c.precisions);
		expect([...covered].sort()).toEqual([...all].sort());
	});

	it('agrees with isApproximatePlace', () => {
		for (const c of MAP_CUES) {
			for (const p of c.precisions) {
				if (p === 'online') continue;
				expect(isApproximatePlace(p)).toBe(c.key === 'approximate-place');
			}
		}
	});
});
