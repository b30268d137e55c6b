import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formulaCells } from '../../../testing/datasetChecks';
import type { Dataset } from '../types';
import { EXPORT_FORMATS, exportFile, subsetDataset } from './exportData';
import { parseDataFile } from './parseDataFile';

const CSV = [
	'id,title,summary,start,place,lat,lon,place_precision,category,tags',
	'a,Rally,"=HYPERLINK(""http://x"")",2020-05-22,Toronto,43.65,-79.38,city,protest,x; y',
	'b,Online petition,,2021-03,Online,,,online,petition,',
	'c,Strike,"Said ""no""",2019,Paris,48.85,2.35,city,protest,'
].join('\n');

async function loaded(): Promise<Dataset> {
	const r = await parseDataFile({ name: 'mine.csv', text: CSV });
	return r.dataset!;
}

/** What a reader sees of an event: the fields every format keeps. */
const seen = (
	events: { id: string; title: string; start: string; summary: string; place: object }[]
) =>
	events.map((e) => ({
		id: e.id,
		title: e.title,
		start: e.start,
		summary: e.summary,
		place: e.place
	}));

describe('exportFile', () => {
	it.each(EXPORT_FORMATS)('%s: opening the export gives back the same events', async (format) => {
		const d = await loaded();
		const file = exportFile(d, format);
		expect(file.name).toBe(`mine.${format}`);
		const back = await parseDataFile({ name: file.name, text: file.text, contentType: file.type });
		expect(back.format).toBe(format);
		expect(back.issues.filter((i) => i.severity === 'error')).toEqual([]);
		const before = await parseDataFile({ name: 'mine.csv', text: CSV });
		expect(seen(back.events)).toEqual(seen(before.events));
		expect(back.events.map((e) => e.category)).toEqual(before.events.map((e) => e.category));
	});

	it.each(EXPORT_FORMATS)('%s: only the filtered events', async (format) => {
		const d = await loaded();
		const file = exportFile(d, format, new Set(['a', 'c']));
		expect(file.name).toBe(`mine-filtered.${format}`);
		const back = await parseDataFile({ name: file.name, text: file.text });
		expect(back.events.map((e) => e.id).sort()).toEqual(['a', 'c']);
	});

	it('CSV cells never run as formulas', async () => {
		const file = exportFile(await loaded(), 'csv');
		expect(formulaCells(file.text)).toEqual([]);
		expect(file.text).toContain(`'=HYPERLINK`);
	});
});

describe('subsetDataset', () => {
	const quds = JSON.parse(readFileSync('data/quds-day/dataset.json', 'utf8')) as Dataset;

	it('keeps the computed series only when a computed event is kept', () => {
		const first = quds.events[0]!.id;
		expect(subsetDataset(quds, new Set([first])).meta.computedSeries).toBeUndefined();
		const withComputed = subsetDataset(quds, new Set([first, 'quds-day-1990']));
		expect(withComputed.meta.computedSeries).toEqual(quds.meta.computedSeries);
		expect(subsetDataset(quds, null)).toBe(quds);
	});
});
