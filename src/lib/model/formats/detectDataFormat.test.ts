import { describe, expect, it } from 'vitest';
import { detectDataFormat, extensionOf, isDataFormat } from './detectDataFormat';

const SHEET_URL =
	'https://docs.google.com/spreadsheets/d/e/2PACX-1vT/pub?gid=0&single=true&output=csv';

describe('detectDataFormat', () => {
	it.each([
		// name, content type, text, format
		['events.csv', undefined, 'id,title,start\n', 'csv'],
		['events.tsv', undefined, 'id\ttitle\tstart\n', 'csv'],
		[SHEET_URL, 'text/csv; charset=utf-8', 'title,start,place\n', 'csv'],
		[SHEET_URL, 'text/csv', 'Year,Month,Day,Time,End Year,Headline\n', 'timelinejs'],
		['sheet.csv', undefined, '"Year","Month","Day","Headline"\n', 'timelinejs'],
		['a.geojson', undefined, '{}', 'geojson'],
		['/api/x', 'application/geo+json', '{"features": []}', 'geojson'],
		['a.json', undefined, '{"type": "FeatureCollection", "features": []}', 'geojson'],
		['feature', undefined, ' {"type":"Feature","geometry":null}', 'geojson'],
		['a.json', undefined, '{"events": [{"start_date": {"year": "2001"}}]}', 'timelinejs'],
		['a.json', undefined, '{"meta": {}, "events": []}', 'json'],
		['data?x=1', 'application/json', '\ufeff{"events": []}', 'json'],
		['a.txt', 'text/plain', 'title,start\n', 'csv']
	] as const)('%s (%s) %j → %s', (name, contentType, text, format) =>
		expect(detectDataFormat({ name, contentType }, text)).toEqual({ format })
	);

	it.each([
		['a.xml', '<xml/>', /markup/],
		['page', '<!DOCTYPE html><html><body>Sign in</body></html>', /HTML page/],
		['a.json', '{"name": "package", "version": "1.0.0"}', /not a dataset/],
		['a.json', '[1, 2, 3]', /not a dataset/],
		['empty.csv', '  \n', /empty/],
		['notes', 'just some words', /neither JSON nor a table/]
	])('%s %j → none, says why', (name, text, why) => {
		const d = detectDataFormat({ name }, text);
		expect(d.format).toBeNull();
		expect(d.format === null && d.received).toMatch(why);
	});
});

describe('extensionOf', () => {
	it.each([
		['a.CSV', '.csv'],
		['https://x.org/d/events.geojson?raw=1#top', '.geojson'],
		['https://x.org/pub?output=csv', ''],
		['.hidden', ''],
		['dir.v2/file', '']
	])('%s → %j', (name, ext) => expect(extensionOf(name)).toBe(ext));
});

describe('isDataFormat', () => {
	it.each([
		['json', true],
		['timelinejs', true],
		['xlsx', false],
		['constructor', false]
	])('%s → %s', (v, ok) => expect(isDataFormat(v)).toBe(ok));
});
