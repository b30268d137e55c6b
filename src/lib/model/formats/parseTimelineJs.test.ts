import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventTime } from '../dates';
import * as S from '../schema';
import type { Resolution } from '../gazetteer';
import { datasetToTimelineJs } from './datasetToTimelineJs';
import { parseTimelineJs, parseTimelineJsCsv, parseTimelineJsJson } from './parseTimelineJs';

const fixture = (name: string) =>
	readFileSync(new URL(`../../../../tests/fixtures/timelinejs/${name}`, import.meta.url), 'utf8');

const precisions = (events: { start: string; end?: string }[]) => {
	const out: Record<string, number> = {};
	for (const e of events) {
		const t = eventTime(e.start, e.end);
		const k = t.ok ? t.time.precision : 'invalid';
		out[k] = (out[k] ?? 0) + 1;
	}
	return out;
};

describe('real TimelineJS files import', () => {
	it.each([
		// file, events, precisions, located events, warnings (besides the meta one), title
		// Warnings: a relative media URL, the title slide's media, thumbnails, backgrounds and an
		// odd slide type, all dropped.
		['houston-timeline3.json', 18, { year: 16, day: 2 }, 0, 2, 'Whitney Houston 1963 - 2012'],
		['republican-timeline3.json', 13, { day: 13 }, 0, 0, 'The Republican Run-Up'],
		['twain-marktwain.json', 17, { day: 16, year: 1 }, 12, 13, 'twain-marktwain'],
		['my-own-timeline.csv', 10, { day: 3, year: 7 }, 0, 2, 'MY OWN CSV']
	])('%s: %i events', (file, count, prec, located, warnings, title) => {
		const r = parseTimelineJs(fixture(file), { file });
		expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
		expect(r.issues.filter((i) => i.field !== 'meta')).toHaveLength(warnings);
		const d = r.dataset!;
		expect(d.events).toHaveLength(count);
		expect(precisions(d.events)).toEqual(prec);
		expect(d.events.filter((e) => e.place.lat !== undefined)).toHaveLength(located);
		expect(d.meta.title).toBe(title);
		// Valid against the schema, every event cites the file, ids are unique slugs.
		expect(S.Dataset.safeParse(d).success).toBe(true);
		expect(d.events.every((e) => e.sources[0]?.source === d.sources[0]?.id)).toBe(true);
		expect(new Set(d.events.map((e) => e.id)).size).toBe(count);
	});

	it('turns HTML into text and keeps the http(s) links', () => {
		const d = parseTimelineJs(fixture('my-own-timeline.csv'), {
			file: 'my-own-timeline.csv'
		}).dataset!;
		const ada = d.events.find((e) => e.title === 'Ada Lovelace')!;
		expect(ada.id).toBe('ada-lovelace-1815-12-10');
		expect(ada.start).toBe('1815-12-10');
		expect(ada.end).toBe('1852-11-27');
		expect(ada.summary).toContain('Take Ada Lovelace: Daughter of Lord Byron');
		expect(ada.summary).not.toMatch(/<|&quot;/);
		expect(ada.links).toContain('https://en.wikipedia.org/wiki/Ada_Lovelace');
		expect(ada.place).toEqual({ name: 'Unknown', precision: 'unknown' });
		const eniac = d.events.find((e) => e.start === '1943-07')!;
		expect(eniac.end).toBe('1946');
		// A blockquote given as media is kept as text.
		const clarke = d.events.find((e) => e.title.startsWith('Edith Clarke'))!;
		expect(clarke.summary).toContain('There is no demand for women engineers');
	});

	it('reads years given as strings and whole-number parts, and makes unique slugs for empty unique_id', () => {
		const d = parseTimelineJs(fixture('houston-timeline3.json'), { file: 'h.json' }).dataset!;
		expect(d.events[0]).toMatchObject({ id: 'a-musical-heritage-1963-08-09', start: '1963-08-09' });
		expect(d.events[1]).toMatchObject({ id: 'first-recording-1978', start: '1978' });
		expect(d.events.map((e) => e.media)).toContainEqual(
			expect.objectContaining({ url: 'https://youtu.be/fSrO91XO1Ck', kind: 'video' })
		);
	});

	it('keeps the time of day in the date note and uses StoryMapJS locations', () => {
		const d = parseTimelineJs(fixture('twain-marktwain.json'), { file: 't.json' }).dataset!;
		const florida = d.events.find((e) => e.title === 'Florida, Missouri')!;
		expect(florida.place).toMatchObject({
			name: 'Florida, Missouri',
			lat: 39.491711,
			lon: -91.79326,
			precision: 'city'
		});
		expect(florida.dateNote).toContain('06:45:56');
	});
});

// Media, credit, caption, background, thumbnails, the src of iframe media and relative media URLs
// were dropped without a word, and odd ids, times and types accepted silently.
describe('TimelineJS media and what our format cannot hold', () => {
	const one = (slide: object) =>
		parseTimelineJsJson(
			JSON.stringify({
				events: [{ start_date: { year: 2001 }, text: { headline: 'H' }, ...slide }]
			}),
			{ file: 't.json' }
		);
	const warnings = (r: ReturnType<typeof one>) =>
		r.issues.filter((i) => i.severity === 'warning' && i.field !== 'meta');

	it('keeps an image with its caption, credit and alt; reports the thumbnail and background', () => {
		const r = one({
			media: {
				url: 'https://example.org/a.jpg',
				caption: '<b>A</b> caption',
				credit: 'Photo: <a href="https://example.org/me">Me</a>',
				alt: 'A crowd',
				thumbnail: 'https://example.org/t.jpg'
			},
			background: { url: 'https://example.org/bg.jpg', color: '#000' }
		});
		const ev = r.dataset!.events[0]!;
		expect(ev.media).toEqual({
			url: 'https://example.org/a.jpg',
			kind: 'image',
			alt: 'A crowd',
			caption: 'A caption',
			credit: 'Photo: Me'
		});
		expect(ev.summary).toBe('');
		expect(ev.links).toEqual(['https://example.org/me']);
		expect(warnings(r).map((i) => [i.row, i.field, i.received])).toEqual([
			[1, 'media.thumbnail', '"https://example.org/t.jpg" (dropped)'],
			[1, 'background', '"https://example.org/bg.jpg, #000" (dropped)']
		]);
	});

	it.each([
		[
			'an iframe embed of a video',
			'<iframe src="https://www.youtube.com/embed/x?a=1&amp;b=2"></iframe>',
			{ url: 'https://www.youtube.com/embed/x?a=1&b=2', kind: 'video' },
			'an <iframe> embed (its src https://www.youtube.com/embed/x?a=1&b=2 kept as a video)'
		],
		[
			'an iframe embed of a page',
			"<iframe src='//example.org/map'></iframe>",
			{ url: 'https://example.org/map', kind: 'link' },
			'an <iframe> embed (its src https://example.org/map kept as a link)'
		],
		[
			'an iframe with a javascript: src',
			'<iframe src="javascript:alert(1)"></iframe>',
			undefined,
			'an <iframe> embed whose src is "javascript:alert(1)" (dropped)'
		],
		['a relative URL', 'img/a.jpg', undefined, '"img/a.jpg" (dropped)'],
		['a javascript: URL', 'javascript:alert(1)', undefined, '"javascript:alert(1)" (dropped)'],
		[
			'a data: URL',
			'data:image/png;base64,AAAA',
			undefined,
			'"data:image/png;base64,AAAA" (dropped)'
		]
	])('%s: keeps what it can and reports the rest', (_name, url, media, received) => {
		const r = one({ media: { url, caption: 'Cap' } });
		const ev = r.dataset!.events[0]!;
		expect(ev.media).toEqual(media && { ...media, caption: 'Cap' });
		// Without media, the caption stays in the summary.
		expect(ev.summary).toBe(media ? '' : 'Media: Cap');
		expect(warnings(r)).toEqual([
			expect.objectContaining({ row: 1, field: 'media.url', received })
		]);
	});

	it("reports the title slide's media, which a dataset cannot hold", () => {
		const r = parseTimelineJsJson(
			JSON.stringify({
				title: { text: { headline: 'T' }, media: { url: 'https://example.org/t.jpg' } },
				events: [{ start_date: { year: 2001 }, text: { headline: 'H' } }]
			}),
			{ file: 't.json' }
		);
		expect(warnings(r)).toEqual([
			expect.objectContaining({ row: undefined, field: 'title.media.url' })
		]);
	});

	it('keeps a blockquote given as media as text, without a warning', () => {
		const r = one({ media: { url: '<blockquote>Said &amp; done</blockquote>' } });
		expect(r.dataset!.events[0]!.summary).toBe('Media: Said & done');
		expect(r.dataset!.events[0]!.media).toBeUndefined();
		expect(warnings(r)).toEqual([]);
	});

	it.each([
		[{ unique_id: 'My Slide!' }, 'unique_id', '"My Slide!" (used "my-slide")'],
		[
			{ start_date: { year: 2001, hour: '25', minute: '61' } },
			'start_date.hour',
			'"25:61" (left out)'
		],
		[{ start_date: { year: 2001, hour: 'noon' } }, 'start_date.hour', '"noon:0" (left out)'],
		[{ type: 'overview' }, 'type', '"overview" (read as an event)'],
		[{ media: { url: 'https://example.org/a.jpg', title: 'T' } }, 'media.title', '"T" (dropped)']
	])('reports %j', (slide, field, received) => {
		const r = one(slide);
		expect(r.dataset!.events).toHaveLength(1);
		expect(r.dataset!.events[0]!.dateNote).toBeUndefined();
		expect(warnings(r)).toEqual([expect.objectContaining({ row: 1, field, received })]);
	});

	it("reads the sheet's media columns, reporting thumbnail, background and type by column", () => {
		const text = [
			'Year,Headline,Media,Media Credit,Media Caption,Media Thumbnail,Type,Background',
			'2001,A,https://example.org/a.png,Me,Cap,https://example.org/t.png,,',
			'2002,B,/rel.png,,,,slide,#fff'
		].join('\n');
		const r = parseTimelineJsCsv(text, { file: 's.csv' });
		expect(r.dataset!.events.map((e) => e.media)).toEqual([
			{ url: 'https://example.org/a.png', kind: 'image', caption: 'Cap', credit: 'Me' },
			undefined
		]);
		expect(warnings(r).map((i) => [i.row, i.field])).toEqual([
			[2, 'Media Thumbnail'],
			[3, 'Media'],
			[3, 'Background'],
			[3, 'Type']
		]);
	});
});

describe('TimelineJS bad input', () => {
	const doc = (events: unknown[], extra: object = {}) => JSON.stringify({ events, ...extra });
	const ok = { start_date: { year: '2001' }, text: { headline: 'Fine' } };

	it.each([
		[
			'a year that is not a number',
			{ start_date: { year: 'MMXX' }, text: { headline: 'Bad' } },
			'start_date.year'
		],
		['no start date', { text: { headline: 'Bad' } }, 'start_date.year'],
		[
			'a month without year',
			{ start_date: { month: '5' }, text: { headline: 'Bad' } },
			'start_date.year'
		],
		['month 13', { start_date: { year: '2001', month: '13' }, text: { headline: 'Bad' } }, 'start'],
		[
			'an end before the start',
			{ start_date: { year: '2001' }, end_date: { year: '1999' }, text: { headline: 'Bad' } },
			'end'
		],
		[
			'no headline, text or caption',
			{ start_date: { year: '2001' }, text: { headline: '', text: '' } },
			'title'
		]
	])('%s is reported at its row and field; the rest loads', (_name, bad, field) => {
		const r = parseTimelineJsJson(doc([ok, bad, ok]), { file: 't.json' });
		expect(r.issues.filter((i) => i.severity === 'error')).toEqual([
			expect.objectContaining({ file: 't.json', row: 2, field })
		]);
		expect(r.dataset?.events).toHaveLength(2);
	});

	it.each([
		['', 'an empty file'],
		['{"title": {}}', 'no events list'],
		['{"events": [', 'broken JSON']
	])('%j is unusable (%s)', (text) => {
		expect(parseTimelineJs(text, { file: 't.json' }).dataset).toBeNull();
	});

	it('reads eras as events of category "era", reported as file#eras', () => {
		const r = parseTimelineJsJson(
			doc([ok], {
				eras: [
					{
						start_date: { year: '1990' },
						end_date: { year: '2000' },
						text: { headline: 'Nineties' }
					},
					{ text: { headline: 'Bad era' } }
				]
			}),
			{ file: 't.json' }
		);
		expect(r.dataset?.events.map((e) => [e.title, e.category])).toEqual([
			['Fine', 'event'],
			['Nineties', 'era']
		]);
		expect(r.issues.filter((i) => i.severity === 'error')).toEqual([
			expect.objectContaining({ file: 't.json#eras', row: 2 })
		]);
	});

	it('reports a sheet row without a year by CSV line and column', () => {
		const text = 'Year,Month,Day,Headline,Text,Group\n2001,,,A,,\n,,,B,,\n2002,5,,C,,Politics\n';
		const r = parseTimelineJsCsv(text, { file: 's.csv' });
		expect(r.issues.filter((i) => i.severity === 'error')).toEqual([
			expect.objectContaining({ row: 3, field: 'Year' })
		]);
		expect(r.dataset?.events.map((e) => [e.start, e.category])).toEqual([
			['2001', 'event'],
			['2002-05', 'politics']
		]);
	});

	it('looks headlines up in a gazetteer only when asked, using exact matches only', () => {
		const resolver = (name: string): Resolution =>
			name === 'Iowa'
				? {
						status: 'found',
						place: { name: 'Iowa', lat: 42, lon: -93.5, country: 'US', precision: 'city' }
					}
				: { status: 'not-found', reason: 'no such name' };
		const text = fixture('republican-timeline3.json');
		const without = parseTimelineJs(text, { file: 'r.json' }).dataset!;
		const withG = parseTimelineJs(text, { file: 'r.json', resolvePlace: resolver }).dataset!;
		expect(without.events[0]?.place.precision).toBe('unknown');
		expect(withG.events[0]?.place).toMatchObject({ name: 'Iowa', lat: 42, precision: 'city' });
		expect(withG.events[1]?.place.precision).toBe('unknown');
	});
});

// TimelineJS shows year -500 as "500 BCE"; it was read as EDTF -0500 (501 BCE), and the
// export wrote 45 BCE (EDTF -0044) as -44, which TimelineJS shows as 44 BCE.
describe('TimelineJS years before the common era', () => {
	const slide = (year: number | string) =>
		JSON.stringify({ events: [{ start_date: { year }, text: { headline: 'H' } }] });

	it.each([
		[-500, '-0499', '500 BCE'],
		['-1', '0000', '1 BCE'],
		[-45, '-0044', '45 BCE'],
		[-12000, 'Y-11999', '12000 BCE'],
		[1, '0001', '1'],
		[2020, '2020', '2020']
	])('year %s reads as EDTF %s (%s, as TimelineJS shows it)', (year, edtf, label) => {
		const r = parseTimelineJsJson(slide(year), { file: 't.json' });
		const ev = r.dataset!.events[0]!;
		expect(ev.start).toBe(edtf);
		const t = eventTime(ev.start);
		expect(t.ok && t.time.label).toBe(label);
	});

	it('reads year 0, which TimelineJS does not have, as 1 BCE with a warning', () => {
		const r = parseTimelineJsJson(slide(0), { file: 't.json' });
		expect(r.dataset!.events[0]!.start).toBe('0000');
		expect(r.issues).toContainEqual(
			expect.objectContaining({ row: 1, field: 'start_date.year', severity: 'warning' })
		);
	});

	it.each([
		['-0044-03-15', { year: '-45', month: '3', day: '15' }],
		['0000', { year: '-1' }],
		['-0499', { year: '-500' }],
		['0001', { year: '1' }],
		['Y-11999', { year: '-12000' }]
	])('exports EDTF %s as %j and reads it back the same', (start, date) => {
		const d = S.Dataset.parse({
			meta: { title: 'T', licence: 'x', categories: [{ id: 'c', label: 'C', colour: '#000000' }] },
			events: [
				{
					id: 'a',
					title: 'A',
					summary: '',
					start,
					place: { name: 'X', precision: 'unknown' },
					category: 'c'
				}
			]
		});
		const doc = datasetToTimelineJs(d);
		expect(doc.events[0]?.start_date).toEqual(date);
		const back = parseTimelineJsJson(JSON.stringify(doc), { file: 'x.json' });
		expect(back.dataset!.events[0]!.start).toBe(start);
	});
});
