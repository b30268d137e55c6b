import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { basemapFromTopology, maxLongitudeJump, unwrapRing } from './basemap';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')
) as Topology;

function rings(c: ReturnType<typeof basemapFromTopology>): Position[][] {
	return c.features.flatMap((f) =>
		f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()
	);
}

describe('unwrapRing', () => {
	it.each([
		{ name: 'empty', ring: [], expected: [] },
		{
			name: 'no crossing',
			ring: [
				[10, 0],
				[20, 5],
				[10, 5]
			],
			expected: [
				[10, 0],
				[20, 5],
				[10, 5]
			]
		},
		{
			name: 'east to west across 180',
			ring: [
				[179, 60],
				[-179, 61],
				[-178, 62],
				[179, 60]
			],
			expected: [
				[179, 60],
				[181, 61],
				[182, 62],
				[179, 60]
			]
		},
		{
			name: 'west to east across 180',
			ring: [
				[-179, 60],
				[179, 61],
				[-179, 60]
			],
			expected: [
				[-179, 60],
				[-181, 61],
				[-179, 60]
			]
		}
	])('$name', ({ ring, expected }) => {
		expect(unwrapRing(ring)).toEqual(expected);
	});

	it('brings the first point next to an anchor', () => {
		expect(
			unwrapRing(
				[
					[-179, 0],
					[-178, 1]
				],
				179
			)
		).toEqual([
			[181, 0],
			[182, 1]
		]);
	});

	it('does not change its input', () => {
		const ring = [
			[179, 0],
			[-179, 0]
		];
		unwrapRing(ring);
		expect(ring).toEqual([
			[179, 0],
			[-179, 0]
		]);
	});
});

describe('basemapFromTopology (world-atlas countries-110m)', () => {
	const basemap = basemapFromTopology(topology);

	it('starts from data that has the streaks we fix (guards the test itself)', () => {
		const raw = feature(topology, topology.objects['countries'] as GeometryCollection);
		const worst = Math.max(
			...raw.features.flatMap((f) =>
				f.geometry?.type === 'Polygon'
					? f.geometry.coordinates.map(maxLongitudeJump)
					: f.geometry?.type === 'MultiPolygon'
						? f.geometry.coordinates.flat().map(maxLongitudeJump)
						: []
			)
		);
		expect(worst).toBeGreaterThan(180);
	});

	it('keeps every country but Antarctica (177 − 1)', () => {
		expect(basemap.features).toHaveLength(176);
		expect(basemap.features.some((f) => f.properties.name === 'Antarctica')).toBe(false);
		expect(basemap.features.some((f) => String(f.id) === '010')).toBe(false);
	});

	it('has no ring jumping more than 180° between consecutive points', () => {
		const worst = Math.max(...rings(basemap).map(maxLongitudeJump));
		expect(worst).toBeLessThanOrEqual(180);
	});

	it.each(['Russia', 'Fiji'])('%s spans the antimeridian without a streak', (name) => {
		const f = basemap.features.find((x) => x.properties.name === name);
		expect(f).toBeDefined();
		const lons = (
			f!.geometry.type === 'Polygon'
				? f!.geometry.coordinates.flat()
				: f!.geometry.coordinates.flat(2)
		).map((p) => p[0]!);
		// One of its rings now runs past ±180° instead of jumping back across the map.
		expect(Math.max(...lons) > 180 || Math.min(...lons) < -180).toBe(true);
	});

	it('explains what it received when the topology is not a countries file', () => {
		expect(() => basemapFromTopology({ type: 'Topology', objects: {}, arcs: [] })).toThrow(
			/objects\.countries.*received objects: none/
		);
	});
});
