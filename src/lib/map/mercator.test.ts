import { describe, expect, it } from 'vitest';
import { latToY, lonToX, xToLon, yToLat } from './mercator';

describe('Web Mercator', () => {
	it.each([
		{ lat: 0, lon: 0, x: 0.5, y: 0.5 },
		{ lat: 0, lon: -180, x: 0, y: 0.5 },
		{ lat: 0, lon: 180, x: 1, y: 0.5 },
		{ lat: 85.0511287798, lon: 0, x: 0.5, y: 0 },
		{ lat: 90, lon: 0, x: 0.5, y: 0 },
		{ lat: -90, lon: 0, x: 0.5, y: 1 }
	])('($lat, $lon) → ($x, $y)', ({ lat, lon, x, y }) => {
		expect(lonToX(lon)).toBeCloseTo(x, 9);
		expect(latToY(lat)).toBeCloseTo(y, 6);
	});

	it.each([-80, -33.9, 0, 35.69, 64.1])('round-trips latitude %s', (lat) => {
		expect(yToLat(latToY(lat))).toBeCloseTo(lat, 9);
	});
});

describe('Web Mercator x', () => {
	it.each([-180, -71.06, 0, 139.69, 180])('round-trips longitude %s', (lon) => {
		expect(xToLon(lonToX(lon))).toBeCloseTo(lon, 9);
	});
});
