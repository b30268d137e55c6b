import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '$lib/model/types';
import { fitMapView } from './refit';

function at(lat: number | undefined, lon: number | undefined, precision = 'city'): AtlasEvent {
	return { place: { name: 'x', lat, lon, precision } } as unknown as AtlasEvent;
}

describe('fitMapView', () => {
	it('is null when nothing has a place', () => {
		expect(fitMapView([], 500, 400)).toBeNull();
		expect(fitMapView([at(undefined, undefined, 'online')], 500, 400)).toBeNull();
	});

	it.each([
		// London and Paris on a 500 × 400 map: 2.9 world px apart north to south at zoom 0, so
		// 188 px at zoom 6 (fits the 336 px inside the padding), 375 px at zoom 7 (does not).
		['two cities', [at(51.5, -0.13), at(48.86, 2.35)], { zoom: 6 }],
		// One place: as close as the cap allows.
		['one place', [at(43.67, -79.39)], { lat: 43.67, lon: -79.39, zoom: 8 }],
		// Toronto to Kuala Lumpur: most of the world, zoom 1.
		['across the world', [at(43.67, -79.39), at(3.14, 101.69)], { zoom: 1 }]
	])('%s', (_name, events, want) => {
		const v = fitMapView(events, 500, 400)!;
		expect(v.zoom).toBe(want.zoom);
		if ('lat' in want) {
			expect(v.lat).toBeCloseTo(want.lat!, 5);
			expect(v.lon).toBeCloseTo(want.lon!, 5);
		}
	});

	it('centres between the extremes in longitude', () => {
		const v = fitMapView([at(10, -20), at(10, 40)], 800, 600)!;
		expect(v.lon).toBeCloseTo(10, 5);
		expect(v.lat).toBeCloseTo(10, 5);
	});
});
