/**
 * The hostile-data corpus (src/testing/hostileStrings.js) in every text and URL field, through
 * parseDataset, every importer and every exporter: nothing throws, every row ends as an event or
 * an issue, no link other than http(s) survives in a URL field, the TimelineJS export carries no
 * markup from the data and nothing TimelineJS's `linkify` would turn into a link, and the CSV
 * export runs no formula. (The URL codec's part is in src/lib/state/decodeState.property.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { eventTime, parseEdtfDate } from '../dates';
import '../edtfParser';
import { parseDataset } from '../parseDataset';
import type { Dataset } from '../types';
import { HUGE_COUNT, hostileStrings } from '../../../testing/hostileStrings.js';
import { linkify } from '@knight-lab/timelinejs/src/js/core/Util.js';
import { htmlFieldsOf, linkifiedFieldsOf } from '../../../testing/htmlFieldsOf';
import {
	formulaCells,
	isHttpLink,
	rowsAccounted,
	urlFieldsOf
} from '../../../testing/datasetChecks';
import type { ImportResult } from './assembleDataset';
import { CSV_COLUMNS, datasetToCsv, parseCsv } from './csv';
import { csvLine } from './csvRecords';
import { datasetToTimelineJs } from './datasetToTimelineJs';
import { datasetToGeoJson, parseGeoJson } from './geojson';
import { datasetToJson, parseDatasetImport } from './json';
import { TIMELINEJS_CSV_COLUMNS, parseTimelineJs, parseTimelineJsCsv } from './parseTimelineJs';

/** Each string with its position and a short, printable label for the test's name. */
const cases = hostileStrings.map((s, i): [number, string, string] => [
	i,
	JSON.stringify(s.length > 40 ? `${s.slice(0, 30)}… (${s.length} characters)` : s),
	s
]);
const huge = hostileStrings.length - HUGE_COUNT;
const options = (i: number) => ({ timeout: i >= huge ? 120_000 : 20_000 });

/** A dataset with `s` in every text and URL field (and in an id, a date note, a quote…). */
function datasetWith(s: string) {
	const place = {
		name: s,
		note: s,
		precision: 'city',
		lat: 1,
		lon: 2,
		linked: [{ name: s, note: s, precision: 'city' }]
	};
	return {
		meta: {
			title: s,
			description: s,
			licence: s,
			language: s,
			attribution: s,
			categories: [{ id: 'c', label: s, colour: '#336699' }]
		},
		sources: [
			{
				id: 'src',
				title: s,
				publisher: s,
				writtenNote: s,
				url: s,
				type: 'news',
				perspective: s,
				file: s
			}
		],
		events: [
			{
				id: 'a',
				title: s,
				summary: s,
				start: '2020-05-22',
				dateNote: s,
				place,
				category: 'c',
				tags: [s],
				actors: [s],
				sources: [{ source: 'src', locator: s, quote: s }],
				disputes: [
					{
						field: s,
						values: [
							{ value: s, sources: ['src'], locator: s },
							{ value: 'other', sources: ['record'] }
						],
						note: s
					}
				],
				related: [s],
				links: [s, 'https://example.org/ok'],
				media: { url: s, kind: 'image', alt: s, caption: s, credit: s, licence: s },
				computed: s
			},
			// Hostile text only where any text is allowed: this one is kept.
			{
				id: 'b',
				title: 'B',
				summary: s,
				start: '2021',
				place: { ...place, name: `${s}.` },
				category: 'c',
				tags: [`${s}.`],
				sources: [{ source: 'src', locator: `${s}.` }],
				links: [s]
			},
			{ ...{ id: s, title: 'C', summary: '', start: '2022' }, place, category: 'c' }
		]
	};
}

/** The checks every dataset out of an import or a parse passes. */
function checkDataset(d: Dataset | null) {
	if (!d) return;
	for (const u of urlFieldsOf(d)) expect(isHttpLink(u), u.slice(0, 80)).toBe(true);
}

/** Export through every exporter, check what others render, and read each back. */
function checkExports(d: Dataset | null) {
	if (!d) return;
	const doc = datasetToTimelineJs(d);
	for (const f of htmlFieldsOf(doc)) expect(f, f.slice(0, 80)).not.toMatch(/[<>&]/);
	// TimelineJS's own rewriting of link-like text finds nothing to make a link of. (Its e-mail
	// pattern takes time quadratic in a run of letters: the megabyte strings are left to it.)
	for (const f of linkifiedFieldsOf(doc))
		if (f.length < 100_000) expect(linkify(f), f.slice(0, 80)).toBe(f);
	for (const slide of doc.events) {
		if (slide.media?.url !== undefined) expect(slide.media.url).not.toMatch(/[<>&'"`\s]/);
		for (const m of (slide.text?.text ?? '').matchAll(/<a href="([^"]*)">/g))
			expect(isHttpLink(m[1]!)).toBe(true);
	}
	checkDataset(parseTimelineJs(JSON.stringify(doc), { file: 'x.json' }).dataset);

	const { csv, sidecar } = datasetToCsv(d);
	expect(formulaCells(csv)).toEqual([]);
	const side = JSON.parse(sidecar) as { meta: unknown; sources: unknown[] };
	const back = parseCsv(csv, { file: 'x.csv', meta: side.meta, sources: side.sources });
	checkDataset(back.dataset);
	expect(back.dataset?.events.map((e) => e.id)).toEqual(d.events.map((e) => e.id));

	checkDataset(parseGeoJson(JSON.stringify(datasetToGeoJson(d)), { file: 'x.geojson' }).dataset);
	checkDataset(parseDatasetImport(datasetToJson(d), { file: 'x.json' }).dataset);
}

function checkImport(r: ImportResult, rows?: number) {
	checkDataset(r.dataset);
	if (r.dataset === null) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
	else if (rows !== undefined) {
		const a = rowsAccounted(r, rows);
		expect(a.kept + a.rejected).toBe(rows);
	}
	for (const i of r.issues) expect(typeof i.field).toBe('string');
	checkExports(r.dataset);
}

describe('the hostile-data corpus', () => {
	it('has at least 150 strings, with megabyte-long ones at the end', () => {
		expect(hostileStrings.length).toBeGreaterThanOrEqual(150);
		expect(hostileStrings.slice(huge).every((s) => s.length >= 1_000_000)).toBe(true);
		expect(new Set(hostileStrings).size).toBe(hostileStrings.length);
	});
});

describe.each(cases)('hostile string %i, %s', (i, _label, s) => {
	it('parseDataset, then every exporter', options(i), async () => {
		const r = await parseDataset(datasetWith(s), 'x.json');
		checkDataset(r.dataset);
		if (r.dataset) {
			const a = rowsAccounted(r, 3);
			expect(a.kept + a.rejected).toBe(3);
		}
		checkExports(r.dataset);
	});

	it('our JSON import', options(i), () => {
		checkImport(parseDatasetImport(JSON.stringify(datasetWith(s)), { file: 'x.json' }), 3);
	});

	it('CSV import, quoted and raw', options(i), () => {
		const names = CSV_COLUMNS.map((c) => c.name);
		const good = names.map((n) =>
			n === 'title' ? 'Good' : n === 'start' ? '2020' : n === 'place' ? 'Online' : ''
		);
		const quoted = [csvLine(names), csvLine(names.map(() => s)), csvLine(good)].join('\n');
		// A row of nothing but blank cells is skipped, as documented: not a row to account for.
		const blank = s.trim() === '' && !/["\n\r]/.test(s);
		checkImport(parseCsv(quoted, { file: 'e.csv' }), blank ? 1 : 2);
		const raw = [names.join(','), names.map(() => s).join(','), good.join(',')].join('\n');
		checkImport(parseCsv(raw, { file: 'e.csv' }));
	});

	it('GeoJSON import', options(i), () => {
		const feature = {
			type: 'Feature',
			id: s,
			geometry: { type: s, coordinates: [[s, 1]] },
			properties: {
				title: s,
				name: s,
				start: s,
				time: s,
				place: s,
				country: s,
				precision: s,
				category: s,
				tags: s,
				actors: s,
				sources: s,
				related: s,
				links: s,
				media: { url: s, kind: 'image' },
				[s]: s
			}
		};
		const good = {
			type: 'Feature',
			geometry: {
				type: 'LineString',
				coordinates: [
					[170, 1],
					[-170, 2]
				]
			},
			properties: { title: 'Good', start: '2020', summary: s, tags: [s], links: [s] }
		};
		const text = JSON.stringify({ type: 'FeatureCollection', features: [feature, good, s] });
		checkImport(parseGeoJson(text, { file: 'g.geojson' }), 3);
	});

	it('TimelineJS JSON and spreadsheet import', options(i), () => {
		const date = { year: s, month: s, day: s, hour: s, minute: s, display_date: s };
		const slide = {
			start_date: date,
			end_date: date,
			text: { headline: s, text: s },
			media: { url: s, caption: s, credit: s, thumbnail: s, alt: s, link: s, title: s },
			group: s,
			display_date: s,
			unique_id: s,
			type: s,
			background: { url: s, color: s },
			location: { lat: s, lon: s, name: s, zoom: s }
		};
		const good = {
			start_date: { year: 2001, hour: s },
			text: { headline: `Good ${s}`, text: `<p>${s}</p><a href="${s}">x</a>` },
			media: { url: s, caption: s, credit: s },
			group: s,
			unique_id: `${s}-good`
		};
		const doc = { title: slide, events: [slide, good, s], eras: [slide, good] };
		checkImport(parseTimelineJs(JSON.stringify(doc), { file: 't.json' }), 5);

		const cols = [...TIMELINEJS_CSV_COLUMNS];
		const row = cols.map((c) => (c === 'Year' ? '2001' : s));
		const sheet = [csvLine(cols), csvLine(cols.map(() => s)), csvLine(row)].join('\n');
		checkImport(parseTimelineJsCsv(sheet, { file: 't.csv' }));
	});

	it('the date parser', options(i), () => {
		const r = parseEdtfDate(s);
		expect(typeof r.ok).toBe('boolean');
		expect(typeof eventTime(s, s).ok).toBe('boolean');
		expect(typeof eventTime('2020', s).ok).toBe('boolean');
	});
});
