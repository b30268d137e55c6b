import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetToCsv } from '../lib/model/formats/csv';
import * as S from '../lib/model/schema';
import { synthDataset } from '../lib/model/synth';
import { detectFormat, importCommand } from './importCommand';
import { ROOT } from './main';
import { testIo } from '../testing/testIo';

const META = {
	meta: {
		title: 'Test',
		licence: 'CC BY 4.0',
		categories: [{ id: 'protest', label: 'Protest', colour: '#E69F00' }]
	},
	sources: [
		{ id: 'bbc', title: 'BBC', publisher: 'BBC', type: 'news', perspective: 'UK public media' }
	]
};

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('import', () => {
	it('writes the valid rows, reports the bad ones by line and field, exits 1', async () => {
		const io = testIo(ROOT);
		writeFileSync(
			join(io.cwd, 'events.csv'),
			[
				'id,title,start,place,lat,lon,place_precision,category,sources',
				'a,Good,2020-05-22,Toronto,43.65,-79.38,city,protest,bbc@p. 1',
				'b,Bad date,2020-13-45,Toronto,43.65,-79.38,city,protest,bbc@p. 1',
				'c,Bad lat,2020,Nowhere,95,10,site,protest,bbc@p. 1',
				'a,Duplicate,2020,Online,,,online,protest,bbc@p. 1',
				',,2020,Online,,,online,protest,bbc@p. 1',
				'f,Unknown category,2020,Online,,,online,riot,bbc@p. 1',
				'g,"Broken quote,2020,Online,,,online,protest,bbc@p. 1',
				'h,Also good,2021,Online,,,online,protest,bbc@p. 2'
			].join('\n')
		);
		writeFileSync(join(io.cwd, 'events.meta.json'), JSON.stringify(META));
		const code = await importCommand(io, 'events.csv', { to: 'data/test' });
		expect(code).toBe(1);
		const out = io.lines.join('\n');
		for (const where of [
			'events.csv:3:start:',
			'events.csv:4:place.lat:',
			'events.csv:5:id:',
			'events.csv:6:title:',
			'events.csv:7:category:',
			'events.csv:8:title:'
		]) {
			expect(out).toContain(where);
		}
		expect(out).toContain('using meta and sources from events.meta.json');
		expect(out).toContain('imported 2 events');
		const written = read(join(io.cwd, 'data/test/dataset.json'));
		expect(written.events.map((e: { id: string }) => e.id)).toEqual(['a', 'h']);
		expect(written.$schema).toMatch(/static\/schema\/dataset\.schema\.json$/);
	});

	it.each([
		['an empty file', Buffer.from(''), 'an empty file'],
		['only blank lines', Buffer.from('\n \n'), 'an empty file'],
		[
			'a file that is not UTF-8',
			Buffer.from('title,start,place\nMontr\xe9al,2020,X\n', 'latin1'),
			'not UTF-8'
		],
		['a missing file', null, 'no such file']
	])('%s is unusable: exit 2, nothing written', async (_name, bytes, message) => {
		const io = testIo(ROOT);
		if (bytes) writeFileSync(join(io.cwd, 'in.csv'), bytes);
		expect(await importCommand(io, 'in.csv', { to: 'data/x' })).toBe(2);
		expect(io.lines.join('\n')).toContain(message);
		expect(existsSync(join(io.cwd, 'data/x/dataset.json'))).toBe(false);
	});

	it('refuses to replace a dataset without --force', async () => {
		const io = testIo(ROOT);
		writeFileSync(join(io.cwd, 'in.csv'), 'title,start,place\nA,2020,Online\n');
		expect(await importCommand(io, 'in.csv', { to: 'data/x' })).toBe(0);
		expect(await importCommand(io, 'in.csv', { to: 'data/x' })).toBe(2);
		expect(await importCommand(io, 'in.csv', { to: 'data/x', force: true })).toBe(0);
	});

	it('reads back an exported CSV and its sidecar to the same dataset', async () => {
		const io = testIo(ROOT);
		const d = S.Dataset.parse(synthDataset(300, 5));
		const { csv, sidecar } = datasetToCsv(d);
		writeFileSync(join(io.cwd, 'synth.csv'), csv);
		writeFileSync(join(io.cwd, 'synth.meta.json'), sidecar);
		expect(await importCommand(io, 'synth.csv', { to: 'data/synth' })).toBe(0);
		const back = S.Dataset.parse(read(join(io.cwd, 'data/synth/dataset.json')));
		expect({ ...back, $schema: undefined }).toEqual({ ...d, $schema: undefined });
	});

	it('resolves place names with the bundled gazetteer and reports ambiguous ones', async () => {
		const io = testIo(ROOT);
		writeFileSync(
			join(io.cwd, 'places.csv'),
			'title,start,place,country\nA,2020,Tehran,\nB,2020,London,\nC,2020,London,GB\nD,2020,Canada,\n'
		);
		expect(await importCommand(io, 'places.csv', {})).toBe(0);
		const events = read(join(io.cwd, 'data/places/dataset.json')).events;
		expect(events[0].place).toMatchObject({ name: 'Tehran', country: 'IR', precision: 'city' });
		expect(events[0].place.lat).toBeCloseTo(35.69, 1);
		expect(events[1].place).toEqual({ name: 'London', precision: 'unknown' });
		expect(events[2].place).toMatchObject({ country: 'GB', precision: 'city' });
		expect(events[3].place).toMatchObject({ country: 'CA', precision: 'country' });
		expect(io.lines.find((l) => l.startsWith('places.csv:3:place.name:'))).toContain(
			'London, England, GB'
		);
	});

	it('imports the TimelineJS template sheet and real JSON', async () => {
		const io = testIo(ROOT);
		const fixtures = join(ROOT, 'tests/fixtures/timelinejs');
		expect(await importCommand(io, join(fixtures, 'my-own-timeline.csv'), { to: 'data/own' })).toBe(
			0
		);
		expect(read(join(io.cwd, 'data/own/dataset.json')).events).toHaveLength(10);
		expect(
			await importCommand(io, join(fixtures, 'houston-timeline3.json'), { to: 'data/h' })
		).toBe(0);
		expect(read(join(io.cwd, 'data/h/dataset.json')).events).toHaveLength(18);
	});

	it('takes --meta and rejects unknown categories', async () => {
		const io = testIo(ROOT);
		writeFileSync(join(io.cwd, 'm.json'), JSON.stringify(META));
		writeFileSync(
			join(io.cwd, 'e.geojson'),
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						geometry: { type: 'Point', coordinates: [1, 2] },
						properties: { title: 'A', start: '2020', category: 'protest', sources: 'bbc@p. 1' }
					},
					{
						type: 'Feature',
						geometry: null,
						properties: { title: 'B', start: '2020', category: 'riot' }
					}
				]
			})
		);
		expect(await importCommand(io, 'e.geojson', { meta: 'm.json', to: 'data/g' })).toBe(1);
		expect(io.lines.some((l) => l.startsWith('e.geojson:2:category:'))).toBe(true);
	});

	it('imports the shipped template (data/templates) clean, with its sidecar and the gazetteer', async () => {
		const io = testIo(ROOT);
		const code = await importCommand(io, join(ROOT, 'data/templates/events-template.csv'), {
			to: 'data/t'
		});
		expect(io.lines.filter((l) => / expected /.test(l))).toEqual([]);
		expect(code).toBe(0);
		const events = read(join(io.cwd, 'data/t/dataset.json')).events;
		expect(events).toHaveLength(6);
		expect(events[1].place.lat).toBeCloseTo(43.71, 1);
	});

	it('rejects an unknown --from', async () => {
		const io = testIo(ROOT);
		writeFileSync(join(io.cwd, 'x.csv'), 'title,start\nA,2020\n');
		expect(await importCommand(io, 'x.csv', { from: 'xml' })).toBe(2);
	});
});

describe('detectFormat', () => {
	it.each([
		['a.csv', 'id,title,start\n', 'csv'],
		['a.csv', 'Year,Month,Day,Time,End Year,Headline\n', 'timelinejs'],
		['a.geojson', '{}', 'geojson'],
		['a.json', '{"type": "FeatureCollection", "features": []}', 'geojson'],
		['a.json', '{"events": [{"start_date": {"year": "2001"}}]}', 'timelinejs'],
		['a.json', '{"meta": {}, "events": []}', 'json'],
		['a.xml', '<xml/>', undefined]
	])('%s %j → %s', (file, text, format) => expect(detectFormat(file, text)).toBe(format));
});
