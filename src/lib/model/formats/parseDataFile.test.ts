import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsAccounted } from '../../../testing/datasetChecks';
import { csvLine } from './csvRecords';
import { datasetToGeoJson } from './geojson';
import { datasetToJson } from './json';
import { parseDataFile } from './parseDataFile';

const CSV = [
	'id,title,start,place,lat,lon,place_precision,category',
	'a,Good,2020-05-22,Toronto,43.65,-79.38,city,protest',
	'b,Bad date,2020-13-45,Toronto,43.65,-79.38,city,protest',
	'c,Bad lat,2020,Nowhere,95,10,site,protest',
	'd,Online,2021,Online,,,online,statement'
].join('\n');

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseDataFile', () => {
	it('reads our CSV from bytes: good rows load, bad ones are issues with row and field', async () => {
		const r = await parseDataFile({ name: 'events.csv', bytes: utf8(CSV) });
		expect(r.format).toBe('csv');
		expect(r.events.map((e) => e.id)).toEqual(['a', 'd']);
		const errors = r.issues.filter((i) => i.severity === 'error');
		expect(errors.map((i) => [i.file, i.row, i.field])).toEqual([
			['events.csv', 3, 'start'],
			['events.csv', 4, 'place.lat']
		]);
		// The browser has no --meta to offer: that warning is not shown.
		expect(r.issues.some((i) => i.field === 'meta')).toBe(false);
	});

	it('reads TimelineJS sheet CSV and JSON, GeoJSON and our JSON', async () => {
		const sheet = readFileSync('tests/fixtures/timelinejs/my-own-timeline.csv');
		const tl = await parseDataFile({ name: 'https://x.org/pub?output=csv', bytes: sheet });
		expect(tl.format).toBe('timelinejs');
		expect(tl.events.length).toBeGreaterThan(5);
		const houston = readFileSync('tests/fixtures/timelinejs/houston-timeline3.json', 'utf8');
		const hj = await parseDataFile({ name: 'houston.json', text: houston });
		expect(hj.format).toBe('timelinejs');
		expect(hj.events.length).toBeGreaterThan(5);

		const ours = await parseDataFile({ name: 'events.csv', text: CSV });
		const geo = await parseDataFile({
			name: 'x',
			text: JSON.stringify(datasetToGeoJson(ours.dataset!))
		});
		expect(geo.format).toBe('geojson');
		expect(geo.events.map((e) => e.id)).toEqual(['a', 'd']);
		const json = await parseDataFile({ name: 'x.json', text: datasetToJson(ours.dataset!) });
		expect(json.format).toBe('json');
		expect(json.events.map((e) => e.id)).toEqual(['a', 'd']);
	});

	it('a forced format wins over detection', async () => {
		const r = await parseDataFile({ name: 'events.json', text: CSV, format: 'csv' });
		expect(r.format).toBe('csv');
		expect(r.events).toHaveLength(2);
		const wrong = await parseDataFile({ name: 'events.csv', text: CSV, format: 'geojson' });
		expect(wrong.dataset).toBeNull();
		expect(wrong.issues[0]!.expected).toMatch(/JSON/);
	});

	it.each([
		['not UTF-8', { bytes: new Uint8Array([0x69, 0x64, 0xff, 0x0a]) }, /not UTF-8.*byte 2/],
		['an HTML page', { text: '<!doctype html><title>404</title>' }, /HTML page/],
		['JSON that is no dataset', { text: '{"hello": 1}' }, /not a dataset/],
		['empty', { bytes: new Uint8Array(0) }, /empty/]
	])('%s is unusable, with a reason', async (_, input, why) => {
		const r = await parseDataFile({ name: 'f', ...input });
		expect(r.dataset).toBeNull();
		expect(r.events).toEqual([]);
		expect(r.format).toBeNull();
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]!.received).toMatch(why);
	});

	it('never throws, and every CSV row ends as an event or an error naming its row', async () => {
		const cell = fc.oneof(
			fc.string({ maxLength: 8 }),
			fc.constantFrom('', '2020', '2020-05-22', '2020-13-45', '43.7', '95', 'Online', 'site', 'x')
		);
		const row = fc.tuple(fc.string({ maxLength: 12 }), cell, cell, cell, cell, cell);
		await fc.assert(
			fc.asyncProperty(
				fc.array(row, { maxLength: 6 }),
				fc.constantFrom('e.csv', 'e.json', 'https://x.org/pub?output=csv'),
				async (rows, name) => {
					const lines = [csvLine(['title', 'start', 'lat', 'lon', 'place', 'place_precision'])];
					let n = 0;
					for (const r of rows) {
						lines.push(csvLine(r));
						if (r.some((c) => c.trim() !== '')) n++;
					}
					const r = await parseDataFile({ name, bytes: utf8(lines.join('\n')), format: 'csv' });
					const a = rowsAccounted({ dataset: r.dataset, issues: r.issues }, n);
					expect(r.events.length + a.rejected, JSON.stringify(a)).toBe(n);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('never throws on any bytes', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ maxLength: 200 }),
				fc.constantFrom('a.csv', 'a.json', 'a.geojson', 'x'),
				async (bytes, name) => {
					const r = await parseDataFile({ name, bytes });
					expect(r.dataset !== null || r.issues.some((i) => i.severity === 'error')).toBe(true);
				}
			),
			{ numRuns: 300 }
		);
	});
});
