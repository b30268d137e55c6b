import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as S from '../schema';
import type { Issue } from '../types';
import { arbitraryDataset } from '../../../testing/arbitraryDataset';
import { datasetToGeoJson, middleLongitude, parseGeoJson } from './geojson';

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');

describe('GeoJSON round trip', () => {
	it.each([
		['located events', true],
		['any events (geometry null without coordinates)', false]
	])('canonical → GeoJSON → canonical gives back the same dataset: %s', (_name, located) => {
		fc.assert(
			fc.property(arbitraryDataset(located), (input) => {
				const canonical = S.Dataset.parse(input);
				const text = JSON.stringify(datasetToGeoJson(canonical));
				const r = parseGeoJson(text, { file: 'x.geojson' });
				expect(errors(r.issues)).toEqual([]);
				expect(r.dataset).toEqual({
					meta: canonical.meta,
					sources: canonical.sources,
					events: canonical.events
				});
			}),
			{ numRuns: 200 }
		);
	});

	it('writes Points as [lon, lat] and null geometry for online events', () => {
		const d = S.Dataset.parse({
			meta: { title: 'T', licence: 'x', categories: [{ id: 'c', label: 'C', colour: '#000000' }] },
			events: [
				{
					id: 'a',
					title: 'A',
					summary: '',
					start: '2020',
					place: { name: 'Toronto', lat: 43.7, lon: -79.4, precision: 'city' },
					category: 'c'
				},
				{
					id: 'b',
					title: 'B',
					summary: '',
					start: '2020',
					place: { name: 'Online', precision: 'online' },
					category: 'c'
				}
			]
		});
		const g = datasetToGeoJson(d);
		expect(g.features[0]).toMatchObject({
			id: 'a',
			geometry: { type: 'Point', coordinates: [-79.4, 43.7] }
		});
		expect(g.features[0]?.properties?.place).toEqual({ name: 'Toronto', precision: 'city' });
		expect(g.features[1]?.geometry).toBeNull();
	});
});

describe('parseGeoJson: other GeoJSON and bad input', () => {
	const fc1 = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
	const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
	const ok = {
		type: 'Feature',
		id: 'ok-1',
		geometry: point(2.35, 48.85),
		properties: { title: 'Fine', start: '2020-05', place: 'Paris' }
	};

	it.each([
		[
			'latitude 95',
			{ type: 'Feature', geometry: point(10, 95), properties: { title: 'Bad', start: '2020' } },
			'place.lat'
		],
		[
			'an invalid date',
			{
				type: 'Feature',
				geometry: point(10, 10),
				properties: { title: 'Bad', start: '2020-13-45' }
			},
			'start'
		],
		[
			'no time at all',
			{ type: 'Feature', geometry: point(10, 10), properties: { title: 'Bad' } },
			'start'
		],
		[
			'no title',
			{ type: 'Feature', geometry: point(10, 10), properties: { start: '2020' } },
			'title'
		],
		['not a Feature', { type: 'Point', coordinates: [1, 2] }, 'type'],
		[
			'text coordinates',
			{
				type: 'Feature',
				geometry: { type: 'Point', coordinates: ['1', '2'] },
				properties: { title: 'Bad', start: '2020' }
			},
			'geometry.coordinates'
		],
		[
			'a geometry without positions',
			{
				type: 'Feature',
				geometry: { type: 'Polygon', coordinates: [] },
				properties: { title: 'Bad', start: '2020' }
			},
			'geometry'
		],
		[
			'a duplicate id',
			{
				type: 'Feature',
				id: 'ok-1',
				geometry: null,
				properties: { title: 'Again', start: '2021' }
			},
			'id'
		]
	])('%s is reported at its feature and field; the rest loads', (_name, bad, field) => {
		const r = parseGeoJson(
			fc1(ok, bad, { ...ok, id: 'ok-3', properties: { ...ok.properties, title: 'Also fine' } }),
			{ file: 'g.geojson' }
		);
		expect(errors(r.issues)).toEqual([
			expect.objectContaining({ file: 'g.geojson', row: 2, field })
		]);
		expect(r.dataset?.events.map((e) => e.title)).toEqual(['Fine', 'Also fine']);
	});

	it.each([
		['', 'empty'],
		['{"type":"Point","coordinates":[1,2]}', 'a bare geometry'],
		['[1,2', 'broken JSON']
	])('%j is unusable (%s)', (text) => {
		expect(parseGeoJson(text, { file: 'g.geojson' }).dataset).toBeNull();
	});

	it('reads time, date and year properties, names and flat place fields', () => {
		const r = parseGeoJson(
			fc1(
				{
					type: 'Feature',
					geometry: point(-118.2, 34),
					properties: { name: 'Quake', time: 1590105600000, mag: 4.2, place: '5 km N of X' }
				},
				{ type: 'Feature', geometry: point(1, 2), properties: { title: 'Y', year: 1999 } },
				{
					type: 'Feature',
					geometry: null,
					properties: { title: 'D', date: '2001-04?', place_name: 'Online', precision: 'online' }
				},
				{
					type: 'Feature',
					geometry: point(1, 2),
					properties: { title: 'Z', year: -44, country: 'fr' }
				}
			),
			{ file: 'g.geojson' }
		);
		expect(errors(r.issues)).toEqual([]);
		expect(
			r.dataset?.events.map((e) => [e.title, e.start, e.place.name, e.place.precision])
		).toEqual([
			['Quake', '2020-05-22', '5 km N of X', 'site'],
			['Y', '1999', '2, 1', 'site'],
			['D', '2001-04?', 'Online', 'online'],
			['Z', '-0044', '2, 1', 'site']
		]);
		expect(r.dataset?.events[3]?.place.country).toBe('FR');
		// The unknown property "mag" is reported once.
		expect(r.issues.filter((i) => i.field === 'properties.mag')).toHaveLength(1);
	});

	it('places other geometries at the middle of their bounding box, with a warning', () => {
		const r = parseGeoJson(
			fc1({
				type: 'Feature',
				geometry: {
					type: 'LineString',
					coordinates: [
						[0, 0],
						[10, 20]
					]
				},
				properties: { title: 'Line', start: '2020' }
			}),
			{ file: 'g.geojson' }
		);
		expect(r.dataset?.events[0]?.place).toMatchObject({ lat: 10, lon: 5, precision: 'region' });
		expect(r.issues.find((i) => i.field === 'geometry')?.severity).toBe('warning');
	});

	const box = (w: number, e: number) => [
		[
			[w, -10],
			[e, -10],
			[e, 10],
			[w, 10],
			[w, -10]
		]
	];
	it.each([
		['a polygon across ±180°', { type: 'Polygon', coordinates: box(170, -170) }, 180],
		[
			'a multipolygon split at ±180°',
			{ type: 'MultiPolygon', coordinates: [box(172, 180), box(-180, -178)] },
			177
		],
		[
			'a line across ±180°',
			{
				type: 'LineString',
				coordinates: [
					[175, 0],
					[-171, 0]
				]
			},
			-178
		],
		[
			'points either side of ±180°',
			{
				type: 'MultiPoint',
				coordinates: [
					[179, 0],
					[-179, 0]
				]
			},
			180
		],
		[
			'longitudes given past 180°',
			{
				type: 'LineString',
				coordinates: [
					[170, 0],
					[200, 0]
				]
			},
			-175
		],
		['a polygon across 0°', { type: 'Polygon', coordinates: box(-60, 60) }, 0],
		[
			'a wide polygon with a vertex every 30°',
			{
				type: 'LineString',
				coordinates: [-170, -140, -110, -80, -50, -20, 10, 40, 70, 100].map((x) => [x, 0])
			},
			-35
		]
	])('places %s the short way round', (_name, geometry, lon) => {
		const r = parseGeoJson(
			fc1({ type: 'Feature', geometry, properties: { title: 'Shape', start: '2020' } }),
			{ file: 'g.geojson' }
		);
		expect(errors(r.issues)).toEqual([]);
		expect(Math.abs(r.dataset!.events[0]!.place.lon! - lon) % 360).toBeCloseTo(0, 9);
		expect(r.dataset!.events[0]!.place.lat).toBe(0);
	});

	it.each([
		[[10], 10],
		[[-90, 90], 0],
		[[-179, 170, 179], 175.5],
		[[-180, -170, 170], 180]
	])('middleLongitude(%j) is %d', (lons, mid) => {
		expect(middleLongitude(Float64Array.from(lons))).toBeCloseTo(mid, 9);
	});

	// Math.min(...lons) overflowed the stack at about 100,000 vertices, and the recursive walk of
	// the coordinates at deep nesting: either lost the whole file.
	it('places a polygon of a million vertices', { timeout: 60_000 }, () => {
		const ring: number[][] = [];
		for (let i = 0; i < 1_000_000; i++) {
			const a = (i / 1_000_000) * 2 * Math.PI;
			ring.push([10 + 5 * Math.cos(a), 20 + 5 * Math.sin(a)]);
		}
		ring.push(ring[0]!);
		const r = parseGeoJson(
			fc1(
				{
					type: 'Feature',
					geometry: { type: 'Polygon', coordinates: [ring] },
					properties: { title: 'Big', start: '2020' }
				},
				ok
			),
			{ file: 'g.geojson' }
		);
		expect(errors(r.issues)).toEqual([]);
		const place = r.dataset?.events[0]?.place;
		expect(place?.lon).toBeCloseTo(10, 6);
		expect(place?.lat).toBeCloseTo(20, 6);
	});

	it('reports coordinates nested 100,000 deep, and loads the other features', () => {
		const deep = '['.repeat(100_000) + '1,2' + ']'.repeat(100_000);
		const text = `{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":${deep}},"properties":{"title":"Deep","start":"2020"}},${JSON.stringify(ok)}]}`;
		const r = parseGeoJson(text, { file: 'g.geojson' });
		expect(errors(r.issues)).toEqual([
			expect.objectContaining({
				row: 1,
				field: 'geometry',
				expected: expect.stringContaining('nested at most 4')
			})
		]);
		expect(r.dataset?.events.map((e) => e.title)).toEqual(['Fine']);
	});

	it('reports a deeply nested type or coordinate without failing', () => {
		const deep = '['.repeat(100_000) + ']'.repeat(100_000);
		const text = `{"type":"FeatureCollection","features":[{"type":${deep}},{"type":"Feature","geometry":{"type":"Point","coordinates":[${deep},1]},"properties":{"title":"Deep","start":"2020"}},${JSON.stringify(ok)}]}`;
		const r = parseGeoJson(text, { file: 'g.geojson' });
		expect(errors(r.issues).map((i) => [i.row, i.field])).toEqual([
			[1, 'type'],
			[2, 'geometry.coordinates']
		]);
		expect(r.dataset?.events.map((e) => e.title)).toEqual(['Fine']);
	});

	it('reads one Feature as a collection of one', () => {
		expect(parseGeoJson(JSON.stringify(ok), { file: 'g.geojson' }).dataset?.events).toHaveLength(1);
	});
});
