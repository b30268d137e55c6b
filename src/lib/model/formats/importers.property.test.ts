/**
 * Property tests of every importer and the date parser on open-ended input: they
 * never throw, every input row ends as an event or as an error naming its row, and no link other
 * than http(s) survives in a URL field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INSTANT, eventTime, parseEdtfDate } from '../dates';
import '../edtfParser';
import { arbitraryDataset, text } from '../../../testing/arbitraryDataset';
import { HUGE_COUNT, hostileStrings } from '../../../testing/hostileStrings.js';
import { isHttpLink, rowsAccounted, urlFieldsOf } from '../../../testing/datasetChecks';
import type { ImportResult } from './assembleDataset';
import { CSV_COLUMNS, parseCsv } from './csv';
import { csvLine } from './csvRecords';
import { datasetToGeoJson, parseGeoJson } from './geojson';
import { parseDatasetImport } from './json';
import { TIMELINEJS_CSV_COLUMNS, parseTimelineJsCsv, parseTimelineJsJson } from './parseTimelineJs';

const RUNS = { numRuns: 2000 };
const LONG = { timeout: 300_000 };

const hostile = hostileStrings.slice(0, -HUGE_COUNT);

/** Cell text: anything, the corpus, text formats trip on, and values that read as something. */
const cell = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.string({ unit: 'binary', maxLength: 8 }),
	fc.constantFrom(...hostile),
	text(0, 20),
	fc.constantFrom(
		'2020',
		'2020-05-22',
		'-0044',
		'201X',
		'..',
		'Online',
		'online',
		'site',
		'43.7',
		'-79.4',
		'CA',
		'a; b',
		'["a", "b"]',
		'src@p. 1',
		'https://example.org/',
		'image',
		'title',
		'era'
	)
);

/** What every import result must satisfy; `rows` is how many input rows it was given. */
function check(r: ImportResult, rows: number | undefined): void {
	for (const i of r.issues) {
		expect(typeof i.field).toBe('string');
		expect(typeof i.expected).toBe('string');
		expect(typeof i.received).toBe('string');
	}
	if (!r.dataset) {
		expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
		return;
	}
	for (const u of urlFieldsOf(r.dataset)) expect(isHttpLink(u), u).toBe(true);
	if (rows !== undefined) {
		const a = rowsAccounted(r, rows);
		expect(a.kept + a.rejected, JSON.stringify(a)).toBe(rows);
	}
}

/**
 * A CSV text from a header and rows (properly quoted), and how many rows it holds: rows of
 * blank cells are skipped, as documented; `isTitle` tells rows that are not events.
 */
function sheet(
	header: string[],
	rows: string[][],
	isTitle: (cells: string[]) => boolean = () => false
): { text: string; rows: number } {
	const lines = [csvLine(header), ...rows.map(csvLine)];
	let n = 0;
	let titles = 0;
	for (const r of rows) {
		if (!r.some((c) => c.trim() !== '')) continue;
		if (isTitle(r)) titles++;
		n++;
	}
	// The first title row is the title slide; later ones are read as events.
	return { text: lines.join('\n'), rows: n - Math.min(titles, 1) };
}

describe('importers never throw and account for every row', () => {
	/** A plausible value of a template column, so that many rows load; sometimes anything. */
	const plausible: Record<string, fc.Arbitrary<string>> = {
		title: text(1, 30),
		start: fc.constantFrom('2020', '2020-05-22', '-0044', '201X', '2020-21', '1979~'),
		end: fc.constantFrom('', '2021', '..'),
		lat: fc.constantFrom('', '43.7', '-33.9'),
		lon: fc.constantFrom('', '-79.4', '151.2'),
		place_precision: fc.constantFrom('', 'site', 'city', 'online', 'unknown'),
		category: fc.constantFrom('', 'a', 'b'),
		links: fc.constantFrom('', 'https://example.org/'),
		media_url: fc.constantFrom('', 'https://example.org/a.jpg'),
		media_kind: fc.constantFrom('', 'image')
	};
	const templateRow = (header: string[]) =>
		fc.tuple(
			...header.map((h) =>
				fc.oneof(
					{ arbitrary: plausible[h] ?? fc.constant(''), weight: 4 },
					{ arbitrary: cell, weight: 1 }
				)
			)
		);

	it('CSV template', LONG, () => {
		const names = CSV_COLUMNS.map((c) => c.name).filter((n) => n !== 'title' && n !== 'start');
		const header = fc
			.tuple(fc.shuffledSubarray(names), fc.boolean())
			.map(([rest, flip]) => (flip ? ['start', ...rest, 'title'] : ['title', 'start', ...rest]));
		fc.assert(
			fc.property(
				header.chain((h) => fc.tuple(fc.constant(h), fc.array(templateRow(h), { maxLength: 5 }))),
				([h, rows]) => {
					const s = sheet(h, rows);
					check(parseCsv(s.text, { file: 'e.csv' }), s.rows);
				}
			),
			RUNS
		);
	});

	it('CSV of any text', LONG, () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(cell, fc.constantFrom(',', '"', '\n', '\r\n', ';', '\t')), {
					maxLength: 40
				}),
				(parts) => {
					check(
						parseCsv(`title,start,place,links\n${parts.join('')}`, { file: 'e.csv' }),
						undefined
					);
				}
			),
			RUNS
		);
	});

	/** A value of any JSON shape, with the corpus among its strings. */
	const anyJson = fc.oneof(
		fc.jsonValue({ maxDepth: 3 }),
		cell,
		fc.array(cell, { maxLength: 3 }),
		fc.dictionary(cell, cell, { maxKeys: 3 })
	);

	/** An object with some of its fields replaced by anything. */
	function mutated<T extends object>(base: fc.Arbitrary<T>, keys: string[]) {
		return fc
			.tuple(base, fc.array(fc.tuple(fc.constantFrom(...keys), anyJson), { maxLength: 3 }))
			.map(([o, changes]) => {
				const out: Record<string, unknown> = { ...(o as Record<string, unknown>) };
				for (const [k, v] of changes) out[k] = v;
				return out;
			});
	}

	it('GeoJSON', LONG, () => {
		const features = arbitraryDataset().map(
			(d) => datasetToGeoJson(d as never).features as unknown as object[]
		);
		const feature = fc.oneof(
			features.chain((f) => (f.length ? fc.constantFrom(...f) : fc.constant({}))),
			fc.record({
				type: fc.constant('Feature'),
				geometry: fc.oneof(
					fc.constant(null),
					fc.record({
						type: fc.constantFrom('Point', 'Polygon', 'LineString'),
						coordinates: anyJson
					})
				),
				properties: fc.dictionary(
					fc.constantFrom(
						'title',
						'start',
						'time',
						'year',
						'place',
						'tags',
						'links',
						'media',
						'id',
						'sources',
						'disputes'
					),
					anyJson
				)
			}),
			anyJson
		);
		fc.assert(
			fc.property(fc.array(feature, { maxLength: 5 }), (list) => {
				const doc = JSON.parse(JSON.stringify({ type: 'FeatureCollection', features: list })) as {
					features: unknown[];
				};
				check(parseGeoJson(JSON.stringify(doc), { file: 'g.geojson' }), doc.features.length);
			}),
			RUNS
		);
	});

	/** Mostly what a real slide holds, sometimes anything. */
	const mostly = <T>(plain: fc.Arbitrary<T>, other: fc.Arbitrary<unknown> = anyJson) =>
		fc.oneof({ arbitrary: plain, weight: 4 }, { arbitrary: other, weight: 1 });
	const mostlyText = (plain: fc.Arbitrary<string>) =>
		fc.oneof({ arbitrary: plain, weight: 4 }, { arbitrary: cell, weight: 1 });
	const slide = fc.record(
		{
			start_date: mostly(
				fc.record(
					{
						year: mostly(fc.integer({ min: -20000, max: 3000 }), cell),
						month: mostly(fc.integer({ min: 1, max: 12 }), cell),
						day: mostly(fc.integer({ min: 1, max: 28 }), cell),
						hour: mostly(fc.integer({ min: 0, max: 23 }), cell)
					},
					{ requiredKeys: ['year'] }
				)
			),
			end_date: fc.oneof(fc.constant(undefined), anyJson),
			text: fc.record({ headline: mostly(text(1, 30), cell), text: cell }, { requiredKeys: [] }),
			media: fc.oneof(
				fc.record(
					{ url: cell, caption: cell, credit: cell, thumbnail: cell, alt: cell },
					{ requiredKeys: [] }
				),
				anyJson
			),
			group: cell,
			unique_id: cell,
			type: cell,
			background: anyJson,
			location: anyJson
		},
		{ requiredKeys: [] }
	);

	it('TimelineJS JSON', LONG, () => {
		const any = mostly(slide);
		fc.assert(
			fc.property(
				fc.array(any, { maxLength: 4 }),
				fc.array(any, { maxLength: 2 }),
				fc.option(any),
				(events, eras, title) => {
					const doc = JSON.parse(JSON.stringify({ title, events, eras })) as {
						events: unknown[];
						eras: unknown[];
					};
					check(
						parseTimelineJsJson(JSON.stringify(doc), { file: 't.json' }),
						doc.events.length + doc.eras.length
					);
				}
			),
			RUNS
		);
	});

	it('TimelineJS spreadsheet', LONG, () => {
		const others = TIMELINEJS_CSV_COLUMNS.filter((c) => c !== 'Year' && c !== 'Headline');
		fc.assert(
			fc.property(
				fc.shuffledSubarray([...others]),
				fc.array(
					fc.tuple(
						mostlyText(fc.integer({ min: -3000, max: 3000 }).map(String)),
						mostlyText(text(1, 20)),
						fc.array(cell, { maxLength: 18 })
					),
					{ maxLength: 5 }
				),
				(rest, tuples) => {
					const header = ['Year', 'Headline', ...rest];
					const rows = tuples.map(([y, h, more]) => [y, h, ...more]);
					const type = header.indexOf('Type');
					const s = sheet(
						header,
						rows,
						(cells) => type >= 0 && (cells[type] ?? '').trim().toLowerCase() === 'title'
					);
					check(parseTimelineJsCsv(s.text, { file: 't.csv' }), s.rows);
				}
			),
			RUNS
		);
	});

	it('our JSON', LONG, () => {
		const keys = [
			'id',
			'title',
			'start',
			'end',
			'place',
			'category',
			'links',
			'media',
			'tags',
			'sources',
			'disputes',
			'related'
		];
		const input = arbitraryDataset().chain((d) => {
			const own = d.events.length
				? fc.constantFrom(...(d.events as object[]))
				: fc.constant<object>({});
			const events = fc.array(
				fc.oneof(
					{ arbitrary: own, weight: 3 },
					{ arbitrary: mutated(own, keys), weight: 2 },
					{ arbitrary: anyJson, weight: 1 }
				),
				{ maxLength: 5 }
			);
			return events.map((list) => ({ ...d, events: list }));
		});
		fc.assert(
			fc.property(input, (d) => {
				const doc = JSON.parse(JSON.stringify(d)) as { events: unknown[] };
				check(parseDatasetImport(JSON.stringify(doc), { file: 'd.json' }), doc.events.length);
			}),
			RUNS
		);
	});
});

describe('the date parser never throws', () => {
	it('on any text, and what it accepts a Date can hold', LONG, () => {
		const dateLike = fc.stringMatching(/^[-0-9XYSE~?%/.[\]{},^ ]{0,16}$/);
		fc.assert(
			fc.property(fc.oneof(dateLike, fc.string(), fc.constantFrom(...hostile)), (s) => {
				const r = parseEdtfDate(s);
				if (r.ok) {
					expect(r.date.min).toBeLessThanOrEqual(r.date.max);
					expect(Math.abs(r.date.min)).toBeLessThanOrEqual(MAX_INSTANT);
					expect(Math.abs(r.date.max)).toBeLessThanOrEqual(MAX_INSTANT);
				}
				const t = eventTime('2020', s);
				if (t.ok) expect(t.time.earliest).toBeLessThanOrEqual(t.time.latest);
			}),
			{ numRuns: 5000 }
		);
	});
});
