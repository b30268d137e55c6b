/**
 * Every importer gives an id every JavaScript object has (`constructor`) a safe unique id instead,
 * and reports it: vis-timeline keeps items in a plain object, and such an id blanks the timeline.
 */
import { describe, expect, it } from 'vitest';
import type { ImportResult } from './assembleDataset';
import { parseCsv } from './csv';
import { parseGeoJson } from './geojson';
import { parseDatasetImport } from './json';
import { parseTimelineJs } from './parseTimelineJs';
import { SLUG_PATTERN } from '../slugPattern';

const meta = { title: 'T', licence: 'x', categories: [{ id: 'c', label: 'C', colour: '#000000' }] };
const event = (id: string) => ({
	id,
	title: 'A',
	summary: '',
	start: '2020',
	place: { name: 'X', precision: 'unknown' },
	category: 'c'
});

/** Format, import, the row of the event (CSV rows are lines, after the header). */
const cases: [string, () => ImportResult, number][] = [
	[
		'CSV',
		() => parseCsv('id,title,start,place\nconstructor,A,2020,Online\n', { file: 'e.csv' }),
		2
	],
	[
		'GeoJSON',
		() =>
			parseGeoJson(
				JSON.stringify({
					type: 'FeatureCollection',
					features: [
						{
							type: 'Feature',
							id: 'constructor',
							geometry: null,
							properties: { title: 'A', start: '2020' }
						}
					]
				}),
				{ file: 'g.geojson' }
			),
		1
	],
	[
		'TimelineJS',
		() =>
			parseTimelineJs(
				JSON.stringify({
					events: [
						{ unique_id: 'constructor', start_date: { year: 2020 }, text: { headline: 'A' } }
					]
				}),
				{ file: 't.json' }
			),
		1
	],
	[
		'JSON',
		() =>
			parseDatasetImport(JSON.stringify({ meta, events: [event('constructor')] }), {
				file: 'd.json'
			}),
		1
	]
];

describe('importers and the id "constructor"', () => {
	it.each(cases)('%s: makes another id and reports it', (_name, run, row) => {
		const r = run();
		const ids = r.dataset?.events.map((e) => e.id) ?? [];
		expect(ids).toEqual(['constructor-2']);
		expect(ids.every((id) => SLUG_PATTERN.test(id))).toBe(true);
		expect(r.issues).toContainEqual(
			expect.objectContaining({
				row,
				severity: 'warning',
				expected: expect.stringContaining('constructor'),
				received: expect.stringContaining('constructor-2')
			})
		);
	});

	it('makes a category from the label "Constructor" with a safe id', () => {
		const r = parseCsv('title,start,place,category\nA,2020,Online,Constructor\n', {
			file: 'e.csv'
		});
		expect(r.dataset?.meta.categories.map((c) => [c.id, c.label])).toEqual([
			['constructor-category', 'Constructor']
		]);
		expect(r.dataset?.events[0]?.category).toBe('constructor-category');
	});
});
