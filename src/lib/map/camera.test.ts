import { describe, expect, it } from 'vitest';
import {
	cellBounds,
	MAX_ZOOM,
	pointBounds,
	precisionZoom,
	showsView,
	viewOf,
	wrapLon
} from './camera';
import { buildPointIndex } from './cluster';
import { latToY, lonToX } from './mercator';

/** Bounds rounded to 1e-6°, for comparing. */
function rounded(b: [[number, number], [number, number]] | null) {
	return b && b.map((p) => p.map((v) => Math.round(v * 1e6) / 1e6));
}

describe('pointBounds', () => {
	const at = (lat: number, lon: number, order: number) => ({
		lat,
		lon,
		order,
		earliest: 0,
		latest: 0
	});

	it.each([
		{ name: 'no points', points: [], mask: [], expected: null },
		{ name: 'every point filtered out', points: [at(10, 20, 0)], mask: [0], expected: null },
		{
			name: 'one point: a bounds of no size at it',
			points: [at(10, 20, 0)],
			mask: [1],
			expected: [
				[10, 20],
				[10, 20]
			]
		},
		{
			name: 'south-west and north-east corners of several points',
			points: [at(51.5, -0.13, 0), at(35.69, 139.69, 1), at(-33.87, 151.21, 2)],
			mask: [1, 1, 1],
			expected: [
				[-33.87, -0.13],
				[51.5, 151.21]
			]
		},
		{
			name: 'filtered-out points do not count (mask by event order)',
			points: [at(51.5, -0.13, 2), at(35.69, 139.69, 0), at(-33.87, 151.21, 1)],
			mask: [1, 0, 1],
			expected: [
				[35.69, -0.13],
				[51.5, 139.69]
			]
		},
		{
			name: 'both sides of the antimeridian: the span across the map, never across the date line',
			points: [at(-18.14, 178.44, 0), at(-13.83, -171.76, 1)],
			mask: [1, 1],
			expected: [
				[-18.14, -171.76],
				[-13.83, 178.44]
			]
		},
		{
			name: 'on the antimeridian',
			points: [at(0, 180, 0), at(0, -180, 1)],
			mask: [1, 1],
			expected: [
				[0, -180],
				[0, 180]
			]
		}
	])('$name', ({ points, mask, expected }) => {
		const index = buildPointIndex(points);
		expect(rounded(pointBounds(index, Uint8Array.from(mask)))).toEqual(expected);
	});
});

describe('cellBounds', () => {
	it.each([
		{ lat0: -10, lon0: -20, lat1: 30, lon1: 40 },
		{ lat0: 51.4, lon0: -0.2, lat1: 51.6, lon1: 0.1 },
		{ lat0: -60, lon0: 170, lat1: -50, lon1: 180 }
	])('($lat0, $lon0)–($lat1, $lon1): south-west first', ({ lat0, lon0, lat1, lon1 }) => {
		// Web Mercator y grows southwards: the north edge has the smaller y.
		const cell = { minX: lonToX(lon0), maxX: lonToX(lon1), minY: latToY(lat1), maxY: latToY(lat0) };
		expect(rounded(cellBounds(cell))).toEqual([
			[lat0, lon0],
			[lat1, lon1]
		]);
	});
});

describe('wrapLon', () => {
	it.each([
		[0, 0],
		[179.5, 179.5],
		[-180, -180],
		[180, -180],
		[190, -170],
		[-190, 170],
		[540, -180],
		[-725, -5]
	])('%s → %s', (lon, expected) => {
		expect(wrapLon(lon)).toBeCloseTo(expected, 9);
	});
});

describe('viewOf', () => {
	const b = { west: -10, south: -5, east: 10, north: 5 };
	it.each([
		{
			name: 'rounds the centre to 5 decimals and the bounds to 4',
			centre: { lat: 51.5073509, lng: -0.1277583 },
			bounds: { west: -0.123456, south: 51.498765, east: 0.0111111, north: 51.51234 },
			expected: {
				view: { lat: 51.50735, lon: -0.12776, zoom: 6 },
				bounds: { west: -0.1235, south: 51.4988, east: 0.0111, north: 51.5123 }
			}
		},
		{
			name: 'wraps a centre panned past the antimeridian, keeps the bounds as Leaflet gives them',
			centre: { lat: -17, lng: 190.5 },
			bounds: { west: 170, south: -20, east: 211, north: -14 },
			expected: {
				view: { lat: -17, lon: -169.5, zoom: 6 },
				bounds: { west: 170, south: -20, east: 211, north: -14 }
			}
		},
		{
			name: 'the world',
			centre: { lat: 0, lng: 0 },
			bounds: b,
			expected: { view: { lat: 0, lon: 0, zoom: 6 }, bounds: b }
		}
	])('$name', ({ centre, bounds, expected }) => {
		expect(viewOf(centre, 6, bounds)).toEqual(expected);
	});
});

describe('showsView', () => {
	const v = { lat: 48.85661, lon: 2.35222, zoom: 11 };
	it.each([
		{ name: 'the same view', centre: { lat: 48.85661, lng: 2.35222 }, zoom: 11, expected: true },
		{
			name: 'within the rounding of a reported view',
			centre: { lat: 48.856614, lng: 2.352219 },
			zoom: 11,
			expected: true
		},
		{ name: 'another zoom', centre: { lat: 48.85661, lng: 2.35222 }, zoom: 12, expected: false },
		{ name: 'moved north', centre: { lat: 48.8567, lng: 2.35222 }, zoom: 11, expected: false },
		{ name: 'moved east', centre: { lat: 48.85661, lng: 2.3523 }, zoom: 11, expected: false }
	])('$name → $expected', ({ centre, zoom, expected }) => {
		expect(showsView(centre, zoom, v)).toBe(expected);
	});
});

describe('precisionZoom', () => {
	it.each([
		['site', 13],
		['city', 10],
		['region', 7],
		['country', 5],
		['unknown', null],
		['online', null],
		[undefined, null]
	])('%s → %s', (precision, zoom) => {
		expect(precisionZoom(precision)).toBe(zoom);
	});

	it.each([
		['site', 6],
		['city', 6],
		['region', 6],
		['country', 4],
		['online', null]
	])('on the offline basemap, %s → %s', (precision, zoom) => {
		expect(precisionZoom(precision, false)).toBe(zoom);
	});

	it('frames a finer place closer in', () => {
		const z = ['site', 'city', 'region', 'country'].map((p) => precisionZoom(p)!);
		expect([...z].sort((a, b) => b - a)).toEqual(z);
		expect(Math.max(...z)).toBeLessThanOrEqual(MAX_ZOOM);
	});
});
